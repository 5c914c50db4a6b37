<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaptchaPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="54"/>
        <source>Reset your password, step 1/2: security code</source>
        <extracomment>The largest code drawn on screen, in device pixels, whatever the zoom and the image.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="57"/>
        <source>The académie first checks that you are a person: type the deliberately distorted code shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="69"/>
        <source>Security code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="72"/>
        <source>A distorted code to read and type. If you cannot see it, press “I cannot read the code” for whom to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="80"/>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="82"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="85"/>
        <source>Make the code smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="88"/>
        <source>Make the code larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="90"/>
        <source>Code shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="91"/>
        <source>Validate the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="92"/>
        <source>Click “New code” if you want another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="94"/>
        <source>Upper or lower case does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="97"/>
        <source>I cannot read the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="100"/>
        <source>You can: ask for a new code (some are easier to read); make the code larger with the + button; ask a colleague or your school&apos;s digital contact (référent numérique) to read it with you. The program never reads the code for you: it is there to check that a person is asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="119"/>
        <source>&amp;Type the code shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="216"/>
        <source>The code image cannot be displayed. Ask for another code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="26"/>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="29"/>
        <source>Strongly advised after a reset. The new password will open M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="33"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="35"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="35"/>
        <source>Show the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="38"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="38"/>
        <source>Show the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="41"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="41"/>
        <source>Show the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="43"/>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="47"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="49"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="52"/>
        <source>&amp;Identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="53"/>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="54"/>
        <source>N&amp;ew password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="55"/>
        <source>&amp;Confirm the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="56"/>
        <source>Strength (advice only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="130"/>
        <source>Your password has been changed. Use it from now on for M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="27"/>
        <source>Network diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="31"/>
        <source>Checking the académie&apos;s sites from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="38"/>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="92"/>
        <source>Show the technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="43"/>
        <source>Diagnostics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="46"/>
        <source>Copy the report for the help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="48"/>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="90"/>
        <source>Hide the technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="24"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="26"/>
        <source>Your identifiant and password open M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="28"/>
        <source>Your identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="30"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="31"/>
        <source>Copy the identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="32"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="37"/>
        <source>Open M@gistère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="38"/>
        <source>Open the externet portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="39"/>
        <source>Open Webmel (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="40"/>
        <source>Open I-Prof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="64"/>
        <source>Your &amp;identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="110"/>
        <source>The browser could not be opened. Type this address in your browser: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="85"/>
        <source>Identifiant confirmed by the académie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="87"/>
        <source>Identifiant and password tested on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="89"/>
        <source>Password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="91"/>
        <source>Password changed: use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="97"/>
        <source>Your password is your NUMEN in capitals: change it soon (strongly advised).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifiantLookupDialog</name>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="31"/>
        <source>Find my identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="36"/>
        <source>Last name (birth or married)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="37"/>
        <source>Find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="42"/>
        <source>&amp;Last name (birth or married):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifiantPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="35"/>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="52"/>
        <source>Your identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="38"/>
        <source>It is the first letter of your first name followed by your last name, sometimes with a number (1, 2, 3…) when someone else has the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="43"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="45"/>
        <source>Last name (birth or married)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="46"/>
        <source>NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="46"/>
        <source>Show the NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="50"/>
        <source>Check online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="51"/>
        <source>Check my identifiant online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="53"/>
        <source>Your &amp;identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="56"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="57"/>
        <source>Copy the identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="58"/>
        <source>I do not know my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="61"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="62"/>
        <source>&amp;Last name (birth or married):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="64"/>
        <source>&amp;NUMEN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="138"/>
        <source>Will be sent as: {name}. {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="144"/>
        <source>Will be sent as: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="157"/>
        <source>Identifiant confirmed by the académie: {identifiant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="167"/>
        <source>Probable identifiant: {best}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="169"/>
        <source>(or {others})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="181"/>
        <source>13 characters. Your school&apos;s GEP manager can give it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="202"/>
        <source>Well-formed NUMEN. Its académie code ({code}) is not in this program&apos;s list: that does not block anything, the académie decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="207"/>
        <source>Well-formed NUMEN: académie of {academie}, {system}, {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="215"/>
        <source>It comes from another académie: that is fine, it still works in Créteil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="246"/>
        <source>The académie confirms your identifiant: {identifiant}. Write it down, then continue with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="261"/>
        <source>You can also go on with the probable identifiant {guess}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MagistereWizard</name>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="47"/>
        <source>M@gistère assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="52"/>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="198"/>
        <source>Nothing is sent to the académie: a local simulator answers, with fictional accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="205"/>
        <source>Demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="210"/>
        <source>Demo &amp;accounts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumenHelpPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="25"/>
        <source>Your NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="26"/>
        <source>The NUMEN is given by the administration. Here is whom to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="27"/>
        <source>I have never known my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="28"/>
        <source>I have lost my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="35"/>
        <source>Message ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="36"/>
        <source>Copy the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="37"/>
        <source>Open it in my email program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="65"/>
        <source>[your first name and last name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="69"/>
        <source>Lost NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="70"/>
        <source>Request for my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="77"/>
        <source>Lost NUMEN: go to the DIMOPE secretariat of the DSDEN 93 with an identity card, or email your DIMOPE manager with a scanned copy of your identity card attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="82"/>
        <source>Before sending the message below, attach the scan of your identity card. This contact is the one the help sheet gives, for the DSDEN of Seine-Saint-Denis (93).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="88"/>
        <source>Hello,

I have lost my NUMEN and need it to connect to M@gistère, Webmel and I-Prof. Please find attached a scanned copy of my identity card.

Could you send me my NUMEN?

Thank you,
{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="95"/>
        <source>Unknown NUMEN: ask your school&apos;s GEP manager (gestionnaire GEP), or your administrative manager at the rectorat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="100"/>
        <source>Hello,

I do not know my NUMEN and need it to connect to M@gistère, Webmel and I-Prof. Could you tell me how to obtain it?

Thank you,
{name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="30"/>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="33"/>
        <source>By default, your password is your NUMEN in capital letters. If the NUMEN does not work, you changed it: type the password you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="38"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="39"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="39"/>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="41"/>
        <source>Use the default password (my NUMEN in capitals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="43"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="44"/>
        <source>Test the connection to the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="45"/>
        <source>I have forgotten my password: reset it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="47"/>
        <source>Change my password now (strongly advised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="51"/>
        <source>Also remember the password (only on a computer that is yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="58"/>
        <source>&amp;Identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="59"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="138"/>
        <source>This password was just refused; sending it again would count as one more failure. Type another one, or reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="152"/>
        <source>Connection succeeded: {identifiant} and this password open M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="157"/>
        <source>This is still the default password (your NUMEN): changing it is strongly advised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="191"/>
        <source>Remember my identifiant in this computer&apos;s keychain ({backend})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="202"/>
        <source>No keychain was found on this computer: nothing will be remembered. Write your identifiant down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="208"/>
        <source>The keychain is protected by your session&apos;s password. Nothing else is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="230"/>
        <source>The keychain refused to save. Write your identifiant down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetStepTwoPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="18"/>
        <source>Reset your password, step 2/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="21"/>
        <source>Type your identifiant and your NUMEN. Your password will become your NUMEN in capitals again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="25"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="26"/>
        <source>NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="26"/>
        <source>Show the NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="27"/>
        <source>Reset my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="29"/>
        <source>I do not know my identifiant: find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="32"/>
        <source>&amp;Identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="33"/>
        <source>&amp;NUMEN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="81"/>
        <source>Type your NUMEN first: it is needed to find your identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="102"/>
        <source>Your identifiant is {identifiant}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="126"/>
        <source>Done: your password is your NUMEN in capital letters again. Changing it now is strongly advised: that is the next page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="56"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="37"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="92"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="93"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="94"/>
        <source>Stop the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="105"/>
        <source>Open the page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="107"/>
        <source>Network diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="109"/>
        <source>Check the network connection to the académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="112"/>
        <source>Save the page for the help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="115"/>
        <source>Saves the académie page that was not understood in your Documents folder, without your NUMEN or passwords, to send to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="149"/>
        <source>Contacting the académie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="198"/>
        <source>The page could not be saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="205"/>
        <source>Page saved for the help desk: {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="14"/>
        <source>Connect to M@gistère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="15"/>
        <source>This assistant follows the académie&apos;s help sheet, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="18"/>
        <source>Have at hand: your first name, your last name (birth or married name) and your NUMEN. The same identifiant and password open M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="25"/>
        <source>What is sent, and to whom: your last name and NUMEN, or your identifiant and password, go only to the académie&apos;s own sites ({sites}). Nothing is saved on this computer unless you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="33"/>
        <source>I am looking for my identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="35"/>
        <source>I know my identifiant, I want to check my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="37"/>
        <source>I have forgotten my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="38"/>
        <source>I do not know my NUMEN, or I have lost it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="34"/>
        <source>This computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="145"/>
        <source>Secure connection trusted by this computer ({version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="159"/>
        <source>The secure connection could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="181"/>
        <source>This computer does not trust the site&apos;s certificate: a network filter may be intercepting the connection, or the computer&apos;s clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="201"/>
        <location filename="../../magistere_gui/sitecheck.py" line="170"/>
        <source>The page could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="212"/>
        <location filename="../../magistere_gui/sitecheck.py" line="246"/>
        <source>The site answers (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="228"/>
        <source>This computer&apos;s clock is {minutes} minutes off the site&apos;s: correct the date and time, or secure connections will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="241"/>
        <source>The computer&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="264"/>
        <source>Goes through the proxy {proxy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="272"/>
        <source>Direct connection (no proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="288"/>
        <source>The name {host} cannot be found (DNS): check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="300"/>
        <source>Name found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="312"/>
        <source>The site cannot be reached (port {port}): a firewall may block it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="324"/>
        <source>The site can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="344"/>
        <source>Keychain available: {backend}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="352"/>
        <source>No keychain: the identifiant cannot be remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="373"/>
        <source>A proxy is set on this computer and the académie&apos;s sites cannot be reached through it. Tell your school&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="380"/>
        <source>This computer does not reach the Internet. Check the cable or the Wi-Fi, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="388"/>
        <source>This computer&apos;s clock is wrong: secure connections fail. Set the date and time, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="396"/>
        <source>A network filter (or the computer&apos;s clock) prevents a secure connection to the académie. Tell your school&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="404"/>
        <source>The académie&apos;s site does not answer. Try again later, or open it in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="409"/>
        <source>Everything looks right from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="37"/>
        <source>Find your identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="42"/>
        <source>Externet portal (login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="47"/>
        <source>Password reset, step 1/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="53"/>
        <source>Password change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="59"/>
        <source>M@gistère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="60"/>
        <source>Webmel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="61"/>
        <source>I-Prof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="65"/>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="66"/>
        <source>NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="67"/>
        <source>security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="68"/>
        <source>identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="69"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="70"/>
        <source>current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="71"/>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="72"/>
        <source>new password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="122"/>
        <source>No form of this step was recognised on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="129"/>
        <source>Form recognised (sent with {method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="149"/>
        <source>Security code image found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="151"/>
        <source>No security code image found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="157"/>
        <source>Link for another code found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="159"/>
        <source>No link for another code: the page itself will be reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="191"/>
        <source>Field “{role}”: not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="201"/>
        <source>Field “{role}”: the name pinned in the profile (“{pinned}”) is not on the page; the field is now “{field}”. Update the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="212"/>
        <source>Field “{role}”: “{field}”, by the name pinned in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="217"/>
        <source>Field “{role}”: “{field}”, by its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="220"/>
        <source>Field “{role}”: “{field}”, by its name only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="256"/>
        <source>Verdict: every page is understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="260"/>
        <source>Verdict: {count} point(s) not understood. Update the site profile (see the README, “Site profiles”), or send this report to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="52"/>
        <source>Try again in a few minutes.</source>
        <extracomment>The page that was not understood, which the teacher may save for the help desk. Whether the network diagnostics can help (network, TLS or site trouble; not a refusal).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="55"/>
        <source>Try again in {minutes} minutes (around {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="83"/>
        <source>The académie says: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="98"/>
        <source>The académie site did not answer in time. Try again in a few minutes, or open the page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="106"/>
        <source>The secure connection to the académie failed: this computer does not trust the site&apos;s certificate. Check the computer&apos;s date and time; if they are right, tell your school&apos;s IT contact (a network filter may be in the way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="116"/>
        <source>The académie site cannot be reached. Check that this computer is connected to the Internet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="124"/>
        <source>This page asks to send your details to “{host}”, which is not an académie site. Nothing was sent there. Open the académie&apos;s own page in your browser, or ask your school&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="134"/>
        <source>The code image cannot be displayed. Ask for another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="141"/>
        <source>The académie page does not look as expected (it may have changed). You can do this step yourself in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="150"/>
        <source>The académie site is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="157"/>
        <source>The académie site reported an error (code {status}). Try again later, or open the page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="165"/>
        <source>Your account is locked for a while after too many failed attempts. The program will not try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="173"/>
        <source>You can also reset your password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="178"/>
        <source>The reset session has expired. Go back to step 1/2 for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="186"/>
        <source>The code has expired. A new code is shown: type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="192"/>
        <source>The code typed does not match. A new code is shown: type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="200"/>
        <source>The identifiant and the NUMEN do not match. Check both, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="207"/>
        <source>No account matches this name and NUMEN. Check the spelling of your last name (try your birth name or your married name) and your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="217"/>
        <source>The current password is refused. Check it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="223"/>
        <source>Password refused. By default it is your NUMEN in capital letters; if that does not work, you changed it. If you have forgotten it, reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="232"/>
        <source>The académie refuses this new password: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="236"/>
        <source>it does not follow the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="241"/>
        <source>Something unexpected went wrong. Try again; if it happens again, open the page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../magistere_gui/rules.py" line="67"/>
        <source>first degree (primary school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="68"/>
        <source>public secondary education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="69"/>
        <source>private education under contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="70"/>
        <source>administrative staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="71"/>
        <source>higher education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="113"/>
        <source>other category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="133"/>
        <source>Type your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="137"/>
        <source>A NUMEN has 13 characters; you typed {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="148"/>
        <source>Character {position} must be a digit: did you type the letter {letter} instead of the digit {digit}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="162"/>
        <source>Character {position} must be a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="172"/>
        <source>Character {position} must be a letter: did you type the digit 0 instead of the letter O?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="182"/>
        <source>Character {position} must be a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="214"/>
        <source>Extra spaces removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="220"/>
        <source>Apostrophe replaced by a dash, as the académie asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="226"/>
        <source>Space replaced by a dash, as the académie asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="231"/>
        <source>Repeated dashes simplified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="271"/>
        <source>Type your first name and last name to see a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="294"/>
        <source>Probable only: your name has several parts, so the académie may have kept them differently, and a number (1, 2, 3…) is added when someone else has the same name. Check it online with your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="303"/>
        <source>Probable only: a number (1, 2, 3…) is added when someone else in the académie has the same name. Check it online with your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="374"/>
        <source>At least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="382"/>
        <source>At most {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="390"/>
        <source>At least {count} kinds among lower case, upper case, digits and symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="400"/>
        <source>No accents and no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="405"/>
        <source>Does not contain your NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="410"/>
        <source>Does not contain your identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="418"/>
        <source>Different from the old password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="426"/>
        <source>Both entries are identical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="19"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="20"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="21"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="22"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="23"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="28"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="29"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="30"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="31"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="32"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="33"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="34"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="35"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="38"/>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="39"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="40"/>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="41"/>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="42"/>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="43"/>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="44"/>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="45"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="46"/>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="47"/>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="48"/>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="49"/>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="50"/>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="51"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="52"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="53"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="54"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="55"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="56"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
