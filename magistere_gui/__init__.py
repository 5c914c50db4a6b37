"""Assistant M@gistère: gets a teacher of the Académie de Créteil connected."""

__version__ = "0.1.0"
