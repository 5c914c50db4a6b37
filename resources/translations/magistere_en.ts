<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaptchaPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="52"/>
        <source>Reset your password, step 1/2: security code</source>
        <extracomment>The largest code drawn on screen, in device pixels, whatever the zoom and the image.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="55"/>
        <source>The académie first checks that you are a person: type the deliberately distorted code shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="65"/>
        <source>Security code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="68"/>
        <source>A distorted code to read and type. If you cannot see it, press “I cannot read the code” for whom to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="76"/>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="78"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="81"/>
        <source>Make the code smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="84"/>
        <source>Make the code larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="92"/>
        <source>Validate the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="93"/>
        <source>Click “New code” if you want another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="95"/>
        <source>Upper or lower case does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="98"/>
        <source>I cannot read the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="101"/>
        <source>You can: ask for a new code (some are easier to read); make the code larger with the + button; ask a colleague or your school&apos;s digital contact (référent numérique) to read it with you. The program never reads the code for you: it is there to check that a person is asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="89"/>
        <source>&amp;Type the code shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="218"/>
        <source>The code image cannot be displayed. Ask for another code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="25"/>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="28"/>
        <source>Strongly advised while your password is still your NUMEN. The new password will open M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="32"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="35"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="36"/>
        <source>Show the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="41"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="41"/>
        <source>Show the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="44"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="45"/>
        <source>Show the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="49"/>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="53"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="56"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="57"/>
        <source>Do not change it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="59"/>
        <source>The last page will say that the password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="63"/>
        <source>&amp;Identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="64"/>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="65"/>
        <source>N&amp;ew password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="66"/>
        <source>&amp;Confirm the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="70"/>
        <source>Strength (advice only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="179"/>
        <source>Your password has been changed. Use it from now on for M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="31"/>
        <source>Network diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="35"/>
        <source>Checking the académie&apos;s sites from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="42"/>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="106"/>
        <source>Show the technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="47"/>
        <source>Diagnostics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="50"/>
        <source>Copy the report for the help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="52"/>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="95"/>
        <source>The diagnostics could not be completed on this computer. Run them again, or tell your help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="104"/>
        <source>Hide the technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="23"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="25"/>
        <location filename="../../magistere_gui/gui/pages/done.py" line="90"/>
        <source>Your identifiant and password open M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="27"/>
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
        <location filename="../../magistere_gui/gui/pages/done.py" line="69"/>
        <source>Your &amp;identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="92"/>
        <source>What was done in this session, and what was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="108"/>
        <source>Identifiant not confirmed by the académie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="112"/>
        <source>Password refused by the portal: not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="114"/>
        <source>Password not tested on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="120"/>
        <source>Password not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="137"/>
        <source>The browser could not be opened. Type this address in your browser: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="106"/>
        <source>Identifiant confirmed by the académie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="110"/>
        <source>Identifiant and password tested on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="116"/>
        <source>Password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="118"/>
        <source>Password changed: use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="126"/>
        <source>Your password is your NUMEN in capitals: change it soon (strongly advised).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifiantLookupDialog</name>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="32"/>
        <source>Find my identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="37"/>
        <source>Last name (birth or married)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="38"/>
        <source>Find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="43"/>
        <source>&amp;Last name (birth or married):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifiantPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="33"/>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="56"/>
        <source>Your identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="36"/>
        <source>It is the first letter of your first name followed by your last name, sometimes with a number (1, 2, 3…) when someone else has the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="41"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="43"/>
        <source>Last name (birth or married)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="44"/>
        <source>NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="44"/>
        <source>Show the NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="54"/>
        <source>Check online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="55"/>
        <source>Check my identifiant online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="57"/>
        <source>Your &amp;identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="60"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="61"/>
        <source>Copy the identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="62"/>
        <source>I do not know my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="68"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="69"/>
        <source>&amp;Last name (birth or married):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="71"/>
        <source>N&amp;UMEN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="182"/>
        <source>Will be sent as: {name}. {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="186"/>
        <source>Will be sent as: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="192"/>
        <source>Identifiant confirmed by the académie: {identifiant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="210"/>
        <source>Probable identifiant: {best}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="212"/>
        <source>(or {others})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="234"/>
        <source>Well-formed NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="240"/>
        <source>13 characters. Your school&apos;s GEP manager can give it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="247"/>
        <source>Well-formed NUMEN. Its académie code ({code}) is not in this program&apos;s list: that does not block anything, the académie decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="252"/>
        <source>Well-formed NUMEN: académie of {academie}, {system}, {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="260"/>
        <source>It comes from another académie: that is fine, it still works in Créteil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="299"/>
        <source>The académie confirms your identifiant: {identifiant}. Write it down, then continue with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="319"/>
        <source>You can also go on and type your identifiant yourself on the next page. It is probably {guess}, but it may end with a digit (1, 2, 3…) if someone else has the same name: only the académie can confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MagistereWizard</name>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="59"/>
        <source>M@gistère assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="64"/>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="225"/>
        <source>Close the assistant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="226"/>
        <source>Close the assistant? What you typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="230"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="231"/>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="348"/>
        <source>Nothing is sent to the académie: a local simulator answers, with fictional accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="355"/>
        <source>Demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="360"/>
        <source>Demo &amp;accounts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumenHelpPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="33"/>
        <source>Your NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="34"/>
        <source>The NUMEN is given by the administration. Here is whom to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="35"/>
        <source>I have never known my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="36"/>
        <source>I have lost my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="43"/>
        <source>Your département (where your school is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="56"/>
        <source>I do not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="71"/>
        <source>Words used on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="77"/>
        <source>Message ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="78"/>
        <source>Copy the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="79"/>
        <source>Open it in my email program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="122"/>
        <source>GEP manager (gestionnaire GEP): the person at your school who handles the staff&apos;s administrative files; the school&apos;s secretariat can tell you who it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="126"/>
        <source>DSDEN: the offices of the Éducation nationale in your département (one for the 77, one for the 93, one for the 94).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="130"/>
        <source>DIMOPE: a service of the DSDEN of Seine-Saint-Denis (93); for a lost NUMEN, the help sheet sends you to its secretariat or to your manager there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="134"/>
        <source>Keychain (trousseau): the protected place where your computer keeps passwords; it opens with your session&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="147"/>
        <source>[your first name and last name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="151"/>
        <source>Lost NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="152"/>
        <source>Request for my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="204"/>
        <source>Ask your school&apos;s secretariat (secrétariat de l&apos;établissement): it knows which service manages your file and whom to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="211"/>
        <source>Lost NUMEN: choose your département above; whom to ask depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="213"/>
        <source>Lost NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="219"/>
        <source>Lost NUMEN ({place}): your file is kept by the {dsden}, but this assistant knows no public contact there for a lost NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="225"/>
        <source>Keep a scanned copy of your identity card ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="228"/>
        <source>Lost NUMEN ({place}): ask the {service} of the {dsden}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="233"/>
        <source>How: {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="234"/>
        <source>Source: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="237"/>
        <source>Its website: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="240"/>
        <source>Its e-mail address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="243"/>
        <source>Before sending the message below, attach the scan of your identity card. If you do not know whom to write to, ask your school&apos;s secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="261"/>
        <source>No email program opened on this computer. Copy the message with “Copy the message”, then paste it into an email (Webmel works: {webmel}), with the subject “{subject}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="266"/>
        <source>Send it to: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="164"/>
        <source>Hello,

I have lost my NUMEN and need it to connect to M@gistère, Webmel and I-Prof. Please find attached a scanned copy of my identity card.

Could you send me my NUMEN?

Thank you,
{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="171"/>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="191"/>
        <source>Unknown NUMEN: ask your school&apos;s GEP manager (gestionnaire GEP), or your administrative manager at the rectorat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="176"/>
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
        <location filename="../../magistere_gui/gui/pages/password.py" line="56"/>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="59"/>
        <source>By default, your password is your NUMEN in capital letters. If the NUMEN does not work, you changed it: type the password you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="64"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="67"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="67"/>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="70"/>
        <source>Use the default password (my NUMEN in capitals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="72"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="73"/>
        <source>Test the connection to the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="74"/>
        <source>I have forgotten my password: reset it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="76"/>
        <source>Change my password now (strongly advised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="80"/>
        <source>Also remember the password (only on a computer that is yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="99"/>
        <source>&amp;Identifiant:</source>
        <extracomment>Identifiants the académie locked, with when the wait ends (None: not said). The test stays off for them until then: a try would only lengthen the lock.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="100"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="144"/>
        <source>probably {guess} (or {guess}1, {guess}2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="187"/>
        <source>The wait is over: you can test your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="223"/>
        <source>This password was just refused; sending it again would count as one more failure. Type another one, or reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="237"/>
        <source>Connection succeeded: {identifiant} and this password open M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="242"/>
        <source>This is still the default password (your NUMEN): changing it is strongly advised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="275"/>
        <source>The password typed is your NUMEN, but not in capital letters: the default password is the NUMEN in CAPITALS. Type it again in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="298"/>
        <source>Remember my identifiant in this computer&apos;s keychain ({backend})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="310"/>
        <source>No keychain was found on this computer: nothing will be remembered. Write your identifiant down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="316"/>
        <source>The keychain is protected by your session&apos;s password. Nothing else is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="348"/>
        <source>Saving in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="366"/>
        <source>Your identifiant was kept, but not the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="369"/>
        <source>Write your identifiant down: {identifiant}. “Next” goes on without saving it; to try again, tick the box again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="385"/>
        <source>Nothing was saved: the keychain&apos;s window was closed without allowing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="390"/>
        <source>Nothing was saved: the keychain is locked (it opens with your session&apos;s password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="395"/>
        <source>Nothing was saved: this computer has no keychain that works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="398"/>
        <source>Nothing was saved: the keychain refused to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetStepTwoPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="19"/>
        <source>Reset your password, step 2/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="22"/>
        <source>Type your identifiant and your NUMEN. Your password will become your NUMEN in capitals again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="26"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="28"/>
        <source>NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="28"/>
        <source>Show the NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="29"/>
        <source>Reset my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="31"/>
        <source>I do not know my identifiant: find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="34"/>
        <source>&amp;Identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="35"/>
        <source>N&amp;UMEN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="88"/>
        <source>Type your NUMEN first: it is needed to find your identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="109"/>
        <source>Your identifiant is {identifiant}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="133"/>
        <source>Done: your password is your NUMEN in capital letters again. Changing it now is strongly advised: that is the next page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="97"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="47"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="66"/>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="152"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="153"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="154"/>
        <source>Stop the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="164"/>
        <source>Open the page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="166"/>
        <source>Network diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="168"/>
        <source>Check the network connection to the académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="171"/>
        <source>Save the page for the help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="174"/>
        <source>Saves the académie page that was not understood in your Documents folder, without your NUMEN or passwords, to send to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="217"/>
        <source>Contacting the académie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="230"/>
        <source>Stopped. The request had already left: the académie may have received it. Nothing more will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="234"/>
        <source>Stopped. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="292"/>
        <source>The page could not be saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="300"/>
        <source>The browser could not be opened. Type this address in a browser: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="290"/>
        <source>Page saved for the help desk: {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="20"/>
        <source>Connect to M@gistère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="21"/>
        <source>This assistant follows the académie&apos;s help sheet, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="24"/>
        <source>Have at hand: your first name, your last name (birth or married name) and your NUMEN. The same identifiant and password open M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="31"/>
        <source>What is sent, and to whom: your last name and NUMEN, or your identifiant and password, go only to the académie&apos;s own sites ({sites}). Nothing is saved on this computer unless you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="39"/>
        <source>I am looking for my identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="41"/>
        <source>I know my identifiant, I want to check my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="43"/>
        <source>I have forgotten my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="45"/>
        <source>I do not know my NUMEN, or I have lost it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="48"/>
        <source>This computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="141"/>
        <source>the name server does not know this name</source>
        <extracomment>A detail is a translatable Message or a text in no language (an address, a date, a name). Arguments that are themselves English words to translate, and their context.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="142"/>
        <source>the name server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="145"/>
        <source>no way to the network (is the computer connected?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="148"/>
        <source>the machine cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="149"/>
        <location filename="../../magistere_gui/diagnostics.py" line="150"/>
        <source>the connection was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="154"/>
        <source>certificate not valid yet (check the date)</source>
        <extracomment>What the certificate check said (OpenSSL&apos;s X509_V_ERR codes), in plain words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="155"/>
        <source>certificate expired (or the date is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="156"/>
        <source>certificate signed by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="157"/>
        <location filename="../../magistere_gui/diagnostics.py" line="158"/>
        <location filename="../../magistere_gui/diagnostics.py" line="159"/>
        <source>certificate authority unknown to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="160"/>
        <source>certificate made out to another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="171"/>
        <source>the name cannot be looked up (code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="177"/>
        <source>the secure exchange failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="180"/>
        <source>connection refused (nothing answers on this port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="184"/>
        <source>no answer within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="190"/>
        <source>system error number {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="200"/>
        <source>certificate refused (check number {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="208"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="210"/>
        <source>secure connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="212"/>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="215"/>
        <source>the page sends elsewhere than the académie&apos;s sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="218"/>
        <source>the answer is not a usable page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="219"/>
        <source>the page could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="225"/>
        <source>answer in under a millisecond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="227"/>
        <source>answer in {milliseconds} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="282"/>
        <source>Secure connection trusted by this computer ({version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="296"/>
        <source>The secure connection could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="318"/>
        <source>This computer does not trust the site&apos;s certificate: a network filter may be intercepting the connection, or the computer&apos;s clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="339"/>
        <location filename="../../magistere_gui/sitecheck.py" line="171"/>
        <source>The page could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="350"/>
        <location filename="../../magistere_gui/sitecheck.py" line="247"/>
        <source>The site answers (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="362"/>
        <source>difference with the site: {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="370"/>
        <source>This computer&apos;s clock is {minutes} minutes off the site&apos;s: correct the date and time, or secure connections will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="383"/>
        <source>The computer&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="411"/>
        <source>This computer is set to go through the proxy {proxy}, which does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="423"/>
        <source>Goes through the proxy {proxy}, which answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="501"/>
        <source>The site can be reached (port {port}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="453"/>
        <source>Direct connection (no proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="465"/>
        <source>The name {host} cannot be found (DNS): check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="477"/>
        <source>Name found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="489"/>
        <source>The site cannot be reached (port {port}): a firewall may block it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="522"/>
        <source>Keychain available: {backend}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="530"/>
        <source>No keychain: the identifiant cannot be remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="551"/>
        <source>This computer is set to go through a proxy ({proxy}) that does not answer: the académie&apos;s sites cannot be reached. Tell your school&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="562"/>
        <source>A proxy is set on this computer and the académie&apos;s sites cannot be reached through it. Tell your school&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="571"/>
        <source>This computer does not reach the Internet. Check the cable or the Wi-Fi, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="579"/>
        <source>This computer&apos;s clock is wrong: secure connections fail. Set the date and time, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="587"/>
        <source>A network filter (or the computer&apos;s clock) prevents a secure connection to the académie. Tell your school&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="595"/>
        <source>The académie&apos;s site does not answer. Try again later, or open it in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="600"/>
        <source>Everything looks right from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="38"/>
        <source>Find your identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="43"/>
        <source>Externet portal (login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="48"/>
        <source>Password reset, step 1/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="54"/>
        <source>Password change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="60"/>
        <source>M@gistère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="61"/>
        <source>Webmel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="62"/>
        <source>I-Prof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="66"/>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="67"/>
        <source>NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="68"/>
        <source>security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="69"/>
        <source>identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="70"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="71"/>
        <source>current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="72"/>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="73"/>
        <source>new password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="123"/>
        <source>No form of this step was recognised on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="130"/>
        <source>Form recognised (sent with {method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="150"/>
        <source>Security code image found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="152"/>
        <source>No security code image found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="158"/>
        <source>Link for another code found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="160"/>
        <source>No link for another code: the page itself will be reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="192"/>
        <source>Field “{role}”: not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="202"/>
        <source>Field “{role}”: the name pinned in the profile (“{pinned}”) is not on the page; the field is now “{field}”. Update the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="213"/>
        <source>Field “{role}”: “{field}”, by the name pinned in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="218"/>
        <source>Field “{role}”: “{field}”, by its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="221"/>
        <source>Field “{role}”: “{field}”, by its name only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="257"/>
        <source>Verdict: every page is understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="261"/>
        <source>Verdict: {count} point(s) not understood. Update the site profile (see the README, “Site profiles”), or send this report to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <location filename="../../magistere_gui/keychain.py" line="28"/>
        <location filename="../../magistere_gui/keychain.py" line="29"/>
        <source>session keyring</source>
        <extracomment>What a person calls each keyring backend (keyring&apos;s own names, such as &quot;SecretService Keyring&quot;, are English and technical): English sources, translated in the &quot;keychain&quot; context.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/keychain.py" line="30"/>
        <source>KDE wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/keychain.py" line="31"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/keychain.py" line="32"/>
        <source>macOS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/keychain.py" line="34"/>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="57"/>
        <source>Try again in a few minutes.</source>
        <extracomment>The page that was not understood, which the teacher may save for the help desk. Whether the network diagnostics can help (network, TLS or site trouble; not a refusal).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="60"/>
        <source>Try again in {minutes} minutes (around {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="100"/>
        <source>The académie says: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="111"/>
        <source>The académie may now lock your account: do not try again, reset your password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="116"/>
        <source>Warning: {refusals} refusals so far. One more refused password and the académie locks your account. If you are not sure of your password, reset it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="121"/>
        <source>Refusals so far: {refusals} (the académie locks the account after {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="173"/>
        <source>Your password was accepted, but the académie asks you to change it first (it has expired). Open the académie page in your browser to choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="178"/>
        <source>Your password was accepted, but the académie asks for a second step (a code). Finish in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="183"/>
        <source>Your password was accepted, but the académie asks you to accept its terms of use first. Do it in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="188"/>
        <source>The académie page asks for something this assistant does not know. Continue in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="196"/>
        <source>It asks for: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="212"/>
        <source>The académie page also asks for “{asked}”, which this assistant does not know. Nothing was sent. You can do this step yourself in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="260"/>
        <source>Fill in every field first: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="265"/>
        <source>The académie site did not answer in time. Try again in a few minutes, or open the page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="274"/>
        <source>The secure connection to the académie failed: this computer does not trust the site&apos;s certificate. Check the computer&apos;s date and time; if they are right, tell your school&apos;s IT contact (a network filter may be in the way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="285"/>
        <source>The académie site cannot be reached. Check that this computer is connected to the Internet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="203"/>
        <source>This page asks to send your details to “{host}”, which is not an académie site. Nothing was sent there. Open the académie&apos;s own page in your browser, or ask your school&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="295"/>
        <source>The code image cannot be displayed. Ask for another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="304"/>
        <source>The académie page does not look as expected (it may have changed). You can do this step yourself in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="221"/>
        <source>The académie site is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="228"/>
        <source>The académie site reported an error (code {status}). Try again later, or open the page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="142"/>
        <source>Your account is locked for a while after too many failed attempts. The program will not try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="150"/>
        <source>You can also reset your password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="318"/>
        <source>The reset session has expired. Go back to step 1/2 for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="164"/>
        <source>The code has expired. A new code is shown: type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="156"/>
        <source>The code typed does not match. A new code is shown: type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="160"/>
        <source>This step has expired: step 1/2 starts again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="327"/>
        <source>The identifiant and the NUMEN do not match. Check both, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="336"/>
        <source>No account matches this name and NUMEN. Check the spelling of your last name (try your birth name or your married name) and your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="346"/>
        <source>The current password is refused. Check it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="354"/>
        <source>Password refused. By default it is your NUMEN in capital letters; if that does not work, you changed it. If you have forgotten it, reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="235"/>
        <source>The académie refuses this new password: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="239"/>
        <source>it does not follow the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="365"/>
        <source>Something unexpected went wrong. Try again; if it happens again, open the page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../magistere_gui/app.py" line="157"/>
        <source>The demonstration&apos;s local académie could not be started on this computer. Close other copies of the assistant and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="25"/>
        <source>there is no such file. Check the path given after --sites (or in MAGISTERE_SITES).</source>
        <extracomment>What is wrong, one sentence per problem (the setting&apos;s name in « », as typed in the file).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="29"/>
        <source>this is a folder, not a file. Give the path of the .toml file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="32"/>
        <source>this computer account is not allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="35"/>
        <source>the computer could not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="36"/>
        <source>an accented letter cannot be read: the file is not saved as UTF-8. Save it again with the UTF-8 encoding in your text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="41"/>
        <source>a « ] » is missing at the end of the section name, as in [timeouts].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="44"/>
        <source>a « = » is missing between the name of the setting and its value, as in connect_seconds = 8.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="49"/>
        <source>the value is not written as expected: a text goes between quotes (&quot;…&quot;), a number is written with a dot (8.0), yes or no as true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="54"/>
        <source>a text has no closing quote at the end of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="57"/>
        <source>a list opened with « [ » (or « { ») is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="60"/>
        <source>a backslash « \ » must be written twice, or the text put between single quotes (&apos;…&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="64"/>
        <source>this setting or section is already given higher up in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="67"/>
        <source>this line is written neither as « name = value » nor as « [section] ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="70"/>
        <source>the section [urls] lacks these addresses: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="73"/>
        <source>the pattern « {key} » is not a valid regular expression (a bracket or a parenthesis may be left open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="78"/>
        <source>the address « {key} » cannot be used: write a full web address of the académie, beginning with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="83"/>
        <source>« {key} » is not a kind of field. Use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="86"/>
        <source>« {key} » is given without the public page it was read on: add {key}_source = &quot;…&quot; with that page, or remove « {key} » (nothing may be guessed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="91"/>
        <source>« {key} » names no profile shipped with the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="96"/>
        <source>« {key} » is not a setting of the section [{section}]: check its spelling, or whether it belongs to another section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="101"/>
        <source>« {key} » is not a setting of the top of the file: check its spelling, or whether it belongs to a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="106"/>
        <source>« {key} » must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="108"/>
        <source>« {key} » must be a text between quotes (&quot;…&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="109"/>
        <source>« {key} » must be a number, as in 8.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="110"/>
        <source>« {key} » must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="111"/>
        <source>« {key} » must be a list of texts, as in [&quot;cas.ac-creteil.fr&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="114"/>
        <source>« {key} » must be a section, as in [{key}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="117"/>
        <source>The site profile {file} cannot be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="118"/>
        <source>The site profile {file} has a mistake on line {line}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="121"/>
        <source>The site profile {file} has a mistake on line {line}, at character {column}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="124"/>
        <source>The site profile {file} has a mistake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="125"/>
        <source>Correct the file, then start the assistant again (or send this message to your help desk).</source>
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
        <location filename="../../magistere_gui/rules.py" line="95"/>
        <source>One character of your NUMEN looks like the right one but is not (for example the letter O instead of the digit 0): check the letters and digits one by one.</source>
        <extracomment>Said instead of a look-alike hint: the same advice, no position and no character typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="128"/>
        <source>other category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="148"/>
        <source>Type your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="152"/>
        <source>A NUMEN has 13 characters; you typed {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="163"/>
        <source>Character {position} must be a digit: did you type the letter {letter} instead of the digit {digit}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="178"/>
        <source>Character {position} must be a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="188"/>
        <source>Character {position} must be a letter: did you type the digit 0 instead of the letter O?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="199"/>
        <source>Character {position} must be a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="231"/>
        <source>Extra spaces removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="237"/>
        <source>Apostrophe replaced by a dash, as the académie asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="243"/>
        <source>Space replaced by a dash, as the académie asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="248"/>
        <source>Repeated dashes simplified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="288"/>
        <source>Type your first name and last name to see a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="311"/>
        <source>Probable only: your name has several parts, so the académie may have kept them differently, and a number (1, 2, 3…) is added when someone else has the same name. Check it online with your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="320"/>
        <source>Probable only: a number (1, 2, 3…) is added when someone else in the académie has the same name. Check it online with your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="391"/>
        <source>At least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="399"/>
        <source>At most {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="407"/>
        <source>At least {count} kinds among lower case, upper case, digits and symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="417"/>
        <source>No accents and no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="422"/>
        <source>Does not contain your NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="427"/>
        <source>Does not contain your identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="435"/>
        <source>Different from the old password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="443"/>
        <source>Both entries are identical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="41"/>
        <source>Qt&apos;s buttons are not translated: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="46"/>
        <source>The assistant is not translated: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="57"/>
        <source>A file is missing: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="62"/>
        <source>Site profile: {name} ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="66"/>
        <source>Next button: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="70"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="72"/>
        <source>Keychain: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="76"/>
        <source>FAILED: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="78"/>
        <source>Self-test passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="80"/>
        <source>Self-test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="101"/>
        <source>An image format is missing: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="105"/>
        <source>Qt&apos;s French translation (qtbase_fr) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="108"/>
        <source>The demonstration&apos;s security codes cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="112"/>
        <source>Display: {platform}; image formats: {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="154"/>
        <source>A Qt plugin is missing: {name}</source>
        <extracomment>The Qt plugins the program needs, by system: a lean build must keep them, and loadable.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="160"/>
        <source>The Qt plugin {name} cannot be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../magistere_gui/app.py" line="119"/>
        <source>The assistant cannot start.</source>
        <extracomment>The options of a double-click start (no arguments): known without loading argparse.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/app.py" line="294"/>
        <source>An unexpected error prevents the assistant from starting. Send this file to your help desk: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/app.py" line="361"/>
        <source>No screen is available to show the assistant (this session has no graphical display). Start it from the desktop, or use --diagnose or --self-test, which need no screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="22"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="23"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="24"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="25"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="26"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="31"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="32"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="33"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="34"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="35"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="36"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="37"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="38"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="41"/>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="42"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="43"/>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="44"/>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="45"/>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="46"/>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="47"/>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="48"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="49"/>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="50"/>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="51"/>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="52"/>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="53"/>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="54"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="55"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="56"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="57"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="58"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="59"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
