<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaptchaPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="53"/>
        <source>Reset your password, step 1/2: security code</source>
        <extracomment>The largest code drawn on screen, in device pixels, whatever the zoom and the image.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="56"/>
        <source>The académie first checks that you are a person: type the deliberately distorted code shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="66"/>
        <source>Security code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="67"/>
        <source>If you cannot read it, ask for another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="72"/>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="74"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="77"/>
        <source>Make the code smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="80"/>
        <source>Make the code larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="82"/>
        <source>Code shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="83"/>
        <source>Validate the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="86"/>
        <source>Click the icon if you want another code. Upper or lower case does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="96"/>
        <source>&amp;Type the code shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="185"/>
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
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="44"/>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="48"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="50"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="53"/>
        <source>&amp;Identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="54"/>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="55"/>
        <source>N&amp;ew password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="56"/>
        <source>&amp;Confirm the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="57"/>
        <source>Strength (advice only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="129"/>
        <source>Your password has been changed. Use it from now on for M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="26"/>
        <source>Network diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="30"/>
        <source>Checking the académie&apos;s sites from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="34"/>
        <source>Diagnostics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="37"/>
        <source>Copy the report for the help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="39"/>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="64"/>
        <source>Everything looks right from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="65"/>
        <source>Some points deserve a look (⚠ below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="67"/>
        <source>Something blocks the connection (✘ below). Copy the report for the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="22"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="24"/>
        <source>Your identifiant and password open M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="27"/>
        <source>Your identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="29"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="30"/>
        <source>Copy the identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="32"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="36"/>
        <source>Open M@gistère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="37"/>
        <source>Open the externet portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="38"/>
        <source>Open Webmel (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="39"/>
        <source>Open I-Prof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="49"/>
        <source>Your identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="66"/>
        <source>Identifiant confirmed by the académie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="68"/>
        <source>Identifiant and password tested on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="70"/>
        <source>Password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="72"/>
        <source>Password changed: use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="77"/>
        <source>Your password is your NUMEN in capitals: change it soon (strongly advised).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifiantPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="32"/>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="50"/>
        <source>Your identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="35"/>
        <source>It is the first letter of your first name followed by your last name, sometimes with a number (1, 2, 3…) when someone else has the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="40"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="42"/>
        <source>Last name (birth or married)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="43"/>
        <source>NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="43"/>
        <source>Show the NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="47"/>
        <source>Check online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="48"/>
        <source>Check my identifiant online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="52"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="53"/>
        <source>Copy the identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="54"/>
        <source>I do not know my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="57"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="58"/>
        <source>&amp;Last name (birth or married):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="60"/>
        <source>&amp;NUMEN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="131"/>
        <source>Will be sent as: {name}. {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="137"/>
        <source>Will be sent as: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="144"/>
        <source>Probable identifiant: {best}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="146"/>
        <source>(or {others})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="158"/>
        <source>13 characters, on your pay slip or from your school&apos;s GEP manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="171"/>
        <source>Well-formed NUMEN: académie of {academie}, {system}, {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="178"/>
        <source>It comes from another académie: that is fine, it still works in Créteil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="203"/>
        <source>The académie confirms your identifiant. Write it down, then continue with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="215"/>
        <source>You can also go on with the probable identifiant {guess}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MagistereWizard</name>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="46"/>
        <source>M@gistère assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="49"/>
        <source>M@gistère assistant — demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="123"/>
        <location filename="../../magistere_gui/gui/wizard.py" line="126"/>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="129"/>
        <source>Nothing is sent to the académie: a local simulator answers, with fictional accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="137"/>
        <location filename="../../magistere_gui/gui/wizard.py" line="146"/>
        <source>Demo accounts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumenHelpPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="24"/>
        <source>Your NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="25"/>
        <source>The NUMEN is given by the administration. Here is whom to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="26"/>
        <source>I have never known my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="27"/>
        <source>I have lost my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="34"/>
        <source>Message ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="35"/>
        <source>Copy the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="36"/>
        <source>Open it in my email program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="62"/>
        <source>[your first name and last name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="66"/>
        <source>Lost NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="67"/>
        <source>Request for my NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="73"/>
        <source>Lost NUMEN: go to the DIMOPE secretariat of the DSDEN 93 with an identity card, or email your DIMOPE manager with a scanned copy of your identity card attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="78"/>
        <source>Hello,

I have lost my NUMEN and need it to connect to M@gistère, Webmel and I-Prof. Please find attached a scanned copy of my identity card.

Could you send me my NUMEN?

Thank you,
{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="85"/>
        <source>Unknown NUMEN: ask your school&apos;s GEP manager (gestionnaire GEP), or your administrative manager at the rectorat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="90"/>
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
        <location filename="../../magistere_gui/gui/pages/password.py" line="48"/>
        <source>Also remember the password (only on a computer that is yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="54"/>
        <source>&amp;Identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="55"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="125"/>
        <source>This password was just refused; sending it again would count as one more failure. Type another one, or reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="140"/>
        <source>Connection succeeded: {identifiant} and this password open M@gistère, Webmel and I-Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="172"/>
        <source>Remember my identifiant in this computer&apos;s keychain ({backend})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="183"/>
        <source>No keychain was found on this computer: nothing will be remembered. Write your identifiant down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="189"/>
        <source>The keychain is protected by your session&apos;s password. Nothing else is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="207"/>
        <source>The keychain refused to save. Write your identifiant down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetStepTwoPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="17"/>
        <source>Reset your password, step 2/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="20"/>
        <source>Type your identifiant and your NUMEN. Your password will become your NUMEN in capitals again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="24"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="25"/>
        <source>NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="25"/>
        <source>Show the NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="26"/>
        <source>Reset my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="28"/>
        <source>&amp;Identifiant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="29"/>
        <source>&amp;NUMEN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="88"/>
        <source>Done: your password is your NUMEN in capital letters again. Changing it now is strongly advised: that is the next page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="47"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="83"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="84"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="85"/>
        <source>Stop the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="90"/>
        <source>Open the page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="92"/>
        <source>Network diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="94"/>
        <source>Check the network connection to the académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="97"/>
        <source>Save the page for the help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="100"/>
        <source>Saves the académie page that was not understood in your Documents folder, without your NUMEN or passwords, to send to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="134"/>
        <source>Contacting the académie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="181"/>
        <source>The page could not be saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="188"/>
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
        <location filename="../../magistere_gui/diagnostics.py" line="142"/>
        <source>Secure connection trusted by this computer ({version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="156"/>
        <source>The secure connection could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="178"/>
        <source>This computer does not trust the site&apos;s certificate: a network filter may be intercepting the connection, or the computer&apos;s clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="198"/>
        <location filename="../../magistere_gui/sitecheck.py" line="117"/>
        <location filename="../../magistere_gui/sitecheck.py" line="240"/>
        <source>The page could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="209"/>
        <location filename="../../magistere_gui/sitecheck.py" line="248"/>
        <source>The site answers (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="225"/>
        <source>This computer&apos;s clock is {minutes} minutes off the site&apos;s: correct the date and time, or secure connections will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="238"/>
        <source>The computer&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="261"/>
        <source>Goes through the proxy {proxy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="269"/>
        <source>Direct connection (no proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="285"/>
        <source>The name {host} cannot be found (DNS): check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="297"/>
        <source>Name found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="309"/>
        <source>The site cannot be reached (port {port}): a firewall may block it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="321"/>
        <source>The site can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="341"/>
        <source>Keychain available: {backend}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="349"/>
        <source>No keychain: the identifiant cannot be remembered on this computer.</source>
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
        <location filename="../../magistere_gui/sitecheck.py" line="128"/>
        <source>No form of this step was recognised on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="135"/>
        <source>Form recognised (sent with {method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="155"/>
        <source>Security code image found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="157"/>
        <source>No security code image found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="163"/>
        <source>Link for another code found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="165"/>
        <source>No link for another code: the page itself will be reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="187"/>
        <source>Field “{role}”: not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="197"/>
        <source>Field “{role}”: the name pinned in the profile (“{pinned}”) is not on the page; the field is now “{field}”. Update the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="208"/>
        <source>Field “{role}”: “{field}”, by the name pinned in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="213"/>
        <source>Field “{role}”: “{field}”, by its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="216"/>
        <source>Field “{role}”: “{field}”, by its name only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="258"/>
        <source>Verdict: every page is understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="262"/>
        <source>Verdict: {count} point(s) not understood. Update the site profile (see the README, “Site profiles”), or send this report to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="49"/>
        <source>Try again in a few minutes.</source>
        <extracomment>The page that was not understood, which the teacher may save for the help desk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="52"/>
        <source>Try again in {minutes} minutes (around {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="73"/>
        <source>The académie says: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="86"/>
        <source>The académie site did not answer in time. Try again in a few minutes, or open the page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="94"/>
        <source>The secure connection to the académie failed: this computer does not trust the site&apos;s certificate. Check the computer&apos;s date and time; if they are right, tell your school&apos;s IT contact (a network filter may be in the way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="104"/>
        <source>The académie site cannot be reached. Check that this computer is connected to the Internet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="112"/>
        <source>This page asks to send your details to “{host}”, which is not an académie site. Nothing was sent there. Open the académie&apos;s own page in your browser, or ask your school&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="122"/>
        <source>The code image cannot be displayed. Ask for another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="129"/>
        <source>The académie page does not look as expected (it may have changed). You can do this step yourself in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="138"/>
        <source>The académie site is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="145"/>
        <source>The académie site reported an error (code {status}). Try again later, or open the page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="153"/>
        <source>Your account is locked for a while after too many failed attempts. The program will not try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="161"/>
        <source>You can also reset your password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="166"/>
        <source>The reset session has expired. Go back to step 1/2 for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="174"/>
        <source>The code has expired. A new code is shown: type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="180"/>
        <source>The code typed does not match. A new code is shown: type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="188"/>
        <source>The identifiant and the NUMEN do not match. Check both, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="195"/>
        <source>No account matches this name and NUMEN. Check the spelling of your last name (try your birth name or your married name) and your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="205"/>
        <source>The current password is refused. Check it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="211"/>
        <source>Password refused. By default it is your NUMEN in capital letters; if that does not work, you changed it. If you have forgotten it, reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="220"/>
        <source>The académie refuses this new password: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="224"/>
        <source>it does not follow the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="229"/>
        <source>Something unexpected went wrong. Try again; if it happens again, open the page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../magistere_gui/rules.py" line="64"/>
        <source>first degree (primary school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="65"/>
        <source>public secondary education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="66"/>
        <source>private education under contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="67"/>
        <source>administrative staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="68"/>
        <source>higher education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="109"/>
        <source>other category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="129"/>
        <source>Type your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="133"/>
        <source>A NUMEN has 13 characters; you typed {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="144"/>
        <source>Character {position} must be a digit: did you type the letter {letter} instead of the digit {digit}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="158"/>
        <source>Character {position} must be a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="168"/>
        <source>Character {position} must be a letter: did you type the digit 0 instead of the letter O?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="178"/>
        <source>Character {position} must be a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="185"/>
        <source>A NUMEN starts with the code of an académie; {code} is not one (Créteil is 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="218"/>
        <source>Extra spaces removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="224"/>
        <source>Apostrophe replaced by a dash, as the académie asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="230"/>
        <source>Space replaced by a dash, as the académie asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="235"/>
        <source>Repeated dashes simplified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="275"/>
        <source>Type your first name and last name to see a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="298"/>
        <source>Probable only: your name has several parts, so the académie may have kept them differently, and a number (1, 2, 3…) is added when someone else has the same name. Check it online with your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="307"/>
        <source>Probable only: a number (1, 2, 3…) is added when someone else in the académie has the same name. Check it online with your NUMEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="378"/>
        <source>At least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="386"/>
        <source>At most {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="394"/>
        <source>At least {count} kinds among lower case, upper case, digits and symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="404"/>
        <source>No accents and no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="409"/>
        <source>Does not contain your NUMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="414"/>
        <source>Does not contain your identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="422"/>
        <source>Different from the old password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="430"/>
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
