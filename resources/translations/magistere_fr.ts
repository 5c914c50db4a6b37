<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CaptchaPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="52"/>
        <source>Reset your password, step 1/2: security code</source>
        <extracomment>The largest code drawn on screen, in device pixels, whatever the zoom and the image.</extracomment>
        <translation>Réinitialiser votre mot de passe, étape 1/2&#xa0;: code de sécurité</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="55"/>
        <source>The académie first checks that you are a person: type the deliberately distorted code shown below.</source>
        <translation>L&apos;académie vérifie d&apos;abord que vous êtes bien une personne physique&#xa0;: tapez le code intentionnellement déformé affiché ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="65"/>
        <source>Security code image</source>
        <translation>Image du code de sécurité</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="68"/>
        <source>A distorted code to read and type. If you cannot see it, press “I cannot read the code” for whom to ask.</source>
        <translation>Un code volontairement déformé, à lire et à saisir. Si vous ne pouvez pas le voir, appuyez sur «&#xa0;Je n&apos;arrive pas à lire le code&#xa0;» pour savoir à qui vous adresser.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="76"/>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="78"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="81"/>
        <source>Make the code smaller</source>
        <translation>Réduire le code</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="84"/>
        <source>Make the code larger</source>
        <translation>Agrandir le code</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="92"/>
        <source>Validate the code</source>
        <translation>Valider le code</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="93"/>
        <source>Click “New code” if you want another code.</source>
        <translation>Cliquez sur «&#xa0;Nouveau code&#xa0;» si vous voulez un autre code.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="95"/>
        <source>Upper or lower case does not matter.</source>
        <translation>Majuscules ou minuscules&#xa0;: peu importe.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="98"/>
        <source>I cannot read the code</source>
        <translation>Je n&apos;arrive pas à lire le code</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="101"/>
        <source>You can: ask for a new code (some are easier to read); make the code larger with the + button; ask a colleague or your school&apos;s digital contact (référent numérique) to read it with you. The program never reads the code for you: it is there to check that a person is asking.</source>
        <translation>Vous pouvez&#xa0;: demander un nouveau code (certains sont plus faciles à lire)&#xa0;; agrandir le code avec le bouton +&#xa0;; demander à un collègue ou au référent numérique de votre établissement de le lire avec vous. Le programme ne lit jamais le code à votre place&#xa0;: il sert à vérifier qu&apos;une personne fait la demande.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="89"/>
        <source>&amp;Type the code shown:</source>
        <translation>Sa&amp;isir le code affiché&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="218"/>
        <source>The code image cannot be displayed. Ask for another code.</source>
        <translation>L&apos;image du code ne peut pas être affichée. Demandez un autre code.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="25"/>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="28"/>
        <source>Strongly advised while your password is still your NUMEN. The new password will open M@gistère, Webmel and I-Prof.</source>
        <translation>Fortement conseillé tant que votre mot de passe est encore votre NUMEN. Le nouveau mot de passe ouvrira M@gistère, Webmel et I-Prof.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="32"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="35"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="36"/>
        <source>Show the current password</source>
        <translation>Afficher le mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="41"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="41"/>
        <source>Show the new password</source>
        <translation>Afficher le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="44"/>
        <source>New password again</source>
        <translation>Nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="45"/>
        <source>Show the confirmation</source>
        <translation>Afficher la confirmation</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="49"/>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="53"/>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="56"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="57"/>
        <source>Do not change it now</source>
        <translation>Ne pas le changer maintenant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="59"/>
        <source>The last page will say that the password was not changed.</source>
        <translation>La dernière page dira que le mot de passe n&apos;a pas été changé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="63"/>
        <source>&amp;Identifiant:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="64"/>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="65"/>
        <source>N&amp;ew password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="66"/>
        <source>&amp;Confirm the new password:</source>
        <translation>C&amp;onfirmer le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="70"/>
        <source>Strength (advice only):</source>
        <translation>Robustesse (simple conseil)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="179"/>
        <source>Your password has been changed. Use it from now on for M@gistère, Webmel and I-Prof.</source>
        <translation>Votre mot de passe a été changé. Utilisez-le désormais pour M@gistère, Webmel et I-Prof.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="31"/>
        <source>Network diagnostics</source>
        <translation>Diagnostic réseau</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="35"/>
        <source>Checking the académie&apos;s sites from this computer…</source>
        <translation>Vérification des sites de l&apos;académie depuis cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="42"/>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="106"/>
        <source>Show the technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="47"/>
        <source>Diagnostics report</source>
        <translation>Rapport de diagnostic</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="50"/>
        <source>Copy the report for the help desk</source>
        <translation>Copier le rapport pour l&apos;assistance</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="52"/>
        <source>Run again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="95"/>
        <source>The diagnostics could not be completed on this computer. Run them again, or tell your help desk.</source>
        <translation>Le diagnostic n&apos;a pas pu aller jusqu&apos;au bout sur cet ordinateur. Relancez-le, ou prévenez l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="104"/>
        <source>Hide the technical details</source>
        <translation>Masquer les détails techniques</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="23"/>
        <source>All set</source>
        <translation>C&apos;est terminé</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="25"/>
        <location filename="../../magistere_gui/gui/pages/done.py" line="90"/>
        <source>Your identifiant and password open M@gistère, Webmel and I-Prof.</source>
        <translation>Votre identifiant et votre mot de passe ouvrent M@gistère, Webmel et I-Prof.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="27"/>
        <source>Your identifiant</source>
        <translation>Votre identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="30"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="31"/>
        <source>Copy the identifiant</source>
        <translation>Copier l&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="32"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="37"/>
        <source>Open M@gistère</source>
        <translation>Ouvrir M@gistère</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="38"/>
        <source>Open the externet portal</source>
        <translation>Ouvrir le portail externet</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="39"/>
        <source>Open Webmel (email)</source>
        <translation>Ouvrir Webmel (messagerie)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="40"/>
        <source>Open I-Prof</source>
        <translation>Ouvrir I-Prof</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="69"/>
        <source>Your &amp;identifiant:</source>
        <translation>Votre &amp;identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="92"/>
        <source>What was done in this session, and what was not.</source>
        <translation>Ce qui a été fait pendant cette séance, et ce qui ne l&apos;a pas été.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="108"/>
        <source>Identifiant not confirmed by the académie.</source>
        <translation>Identifiant non confirmé par l&apos;académie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="112"/>
        <source>Password refused by the portal: not confirmed.</source>
        <translation>Mot de passe refusé par le portail&#xa0;: non confirmé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="114"/>
        <source>Password not tested on the portal.</source>
        <translation>Mot de passe non testé sur le portail.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="120"/>
        <source>Password not changed.</source>
        <translation>Mot de passe non changé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="137"/>
        <source>The browser could not be opened. Type this address in your browser: {url}</source>
        <translation>Le navigateur n&apos;a pas pu s&apos;ouvrir. Tapez cette adresse dans votre navigateur&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="106"/>
        <source>Identifiant confirmed by the académie.</source>
        <translation>Identifiant confirmé par l&apos;académie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="110"/>
        <source>Identifiant and password tested on the portal.</source>
        <translation>Identifiant et mot de passe testés sur le portail.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="116"/>
        <source>Password reset.</source>
        <translation>Mot de passe réinitialisé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="118"/>
        <source>Password changed: use the new one from now on.</source>
        <translation>Mot de passe changé&#xa0;: utilisez désormais le nouveau.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="126"/>
        <source>Your password is your NUMEN in capitals: change it soon (strongly advised).</source>
        <translation>Votre mot de passe est votre NUMEN en majuscules&#xa0;: changez-le bientôt (fortement conseillé).</translation>
    </message>
</context>
<context>
    <name>IdentifiantLookupDialog</name>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="32"/>
        <source>Find my identifiant</source>
        <translation>Retrouver mon identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="37"/>
        <source>Last name (birth or married)</source>
        <translation>Nom (patronymique ou marital)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="38"/>
        <source>Find it</source>
        <translation>Le retrouver</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="43"/>
        <source>&amp;Last name (birth or married):</source>
        <translation>&amp;Nom (patronymique ou marital)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IdentifiantPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="33"/>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="56"/>
        <source>Your identifiant</source>
        <translation>Votre identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="36"/>
        <source>It is the first letter of your first name followed by your last name, sometimes with a number (1, 2, 3…) when someone else has the same name.</source>
        <translation>C&apos;est la 1re lettre de votre prénom suivie de votre nom, parfois avec un chiffre (1, 2, 3…) quand quelqu&apos;un d&apos;autre porte le même nom.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="41"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="43"/>
        <source>Last name (birth or married)</source>
        <translation>Nom (patronymique ou marital)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="44"/>
        <source>NUMEN</source>
        <translation>NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="44"/>
        <source>Show the NUMEN</source>
        <translation>Afficher le NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="54"/>
        <source>Check online</source>
        <translation>Vérifier en ligne</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="55"/>
        <source>Check my identifiant online</source>
        <translation>Vérifier mon identifiant en ligne</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="57"/>
        <source>Your &amp;identifiant:</source>
        <translation>Votre &amp;identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="60"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="61"/>
        <source>Copy the identifiant</source>
        <translation>Copier l&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="62"/>
        <source>I do not know my NUMEN</source>
        <translation>Je ne connais pas mon NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="68"/>
        <source>&amp;First name:</source>
        <translation>P&amp;rénom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="69"/>
        <source>&amp;Last name (birth or married):</source>
        <translation>&amp;Nom (patronymique ou marital)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="71"/>
        <source>N&amp;UMEN:</source>
        <translation>N&amp;UMEN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="182"/>
        <source>Will be sent as: {name}. {changes}</source>
        <translation>Sera envoyé ainsi&#xa0;: {name}. {changes}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="186"/>
        <source>Will be sent as: {name}</source>
        <translation>Sera envoyé ainsi&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="192"/>
        <source>Identifiant confirmed by the académie: {identifiant}</source>
        <translation>Identifiant confirmé par l&apos;académie&#xa0;: {identifiant}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="210"/>
        <source>Probable identifiant: {best}</source>
        <translation>Identifiant probable&#xa0;: {best}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="212"/>
        <source>(or {others})</source>
        <translation>(ou {others})</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="234"/>
        <source>Well-formed NUMEN.</source>
        <translation>NUMEN bien formé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="240"/>
        <source>13 characters. Your school&apos;s GEP manager can give it to you.</source>
        <translation>13 caractères. Le gestionnaire GEP de votre établissement peut vous le donner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="247"/>
        <source>Well-formed NUMEN. Its académie code ({code}) is not in this program&apos;s list: that does not block anything, the académie decides.</source>
        <translation>NUMEN bien formé. Son code d&apos;académie ({code}) n&apos;est pas dans la liste de ce programme&#xa0;: ce n&apos;est pas bloquant, c&apos;est l&apos;académie qui décide.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="252"/>
        <source>Well-formed NUMEN: académie of {academie}, {system}, {year}.</source>
        <translation>NUMEN bien formé&#xa0;: académie de {academie}, {system}, {year}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="260"/>
        <source>It comes from another académie: that is fine, it still works in Créteil.</source>
        <translation>Il vient d&apos;une autre académie&#xa0;: c&apos;est normal, il fonctionne aussi à Créteil.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="299"/>
        <source>The académie confirms your identifiant: {identifiant}. Write it down, then continue with your password.</source>
        <translation>L&apos;académie confirme votre identifiant&#xa0;: {identifiant}. Notez-le, puis continuez avec votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="319"/>
        <source>You can also go on and type your identifiant yourself on the next page. It is probably {guess}, but it may end with a digit (1, 2, 3…) if someone else has the same name: only the académie can confirm it.</source>
        <translation>Vous pouvez aussi continuer et taper vous-même votre identifiant à la page suivante. C&apos;est probablement {guess}, mais il peut se terminer par un chiffre (1, 2, 3…) si quelqu&apos;un d&apos;autre porte le même nom&#xa0;: seule l&apos;académie peut le confirmer.</translation>
    </message>
</context>
<context>
    <name>MagistereWizard</name>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="59"/>
        <source>M@gistère assistant</source>
        <translation>Assistant M@gistère</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="64"/>
        <source>Demo mode</source>
        <translation>Mode démonstration</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="225"/>
        <source>Close the assistant?</source>
        <translation>Fermer l&apos;assistant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="226"/>
        <source>Close the assistant? What you typed will be lost.</source>
        <translation>Fermer l&apos;assistant&#xa0;? Ce que vous avez tapé sera perdu.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="230"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="231"/>
        <source>&amp;Stay</source>
        <translation>&amp;Rester</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="348"/>
        <source>Nothing is sent to the académie: a local simulator answers, with fictional accounts.</source>
        <translation>Rien n&apos;est envoyé à l&apos;académie&#xa0;: un simulateur local répond, avec des comptes fictifs.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="355"/>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="360"/>
        <source>Demo &amp;accounts:</source>
        <translation>&amp;Comptes de démonstration&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NumenHelpPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="33"/>
        <source>Your NUMEN</source>
        <translation>Votre NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="34"/>
        <source>The NUMEN is given by the administration. Here is whom to ask.</source>
        <translation>Le NUMEN est attribué par l&apos;administration. Voici à qui le demander.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="35"/>
        <source>I have never known my NUMEN</source>
        <translation>Je n&apos;ai jamais connu mon NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="36"/>
        <source>I have lost my NUMEN</source>
        <translation>J&apos;ai perdu mon NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="43"/>
        <source>Your département (where your school is)</source>
        <translation>Votre département (celui de votre établissement)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="56"/>
        <source>I do not know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="71"/>
        <source>Words used on this page</source>
        <translation>Les mots de cette page</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="77"/>
        <source>Message ready to send</source>
        <translation>Message prêt à envoyer</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="78"/>
        <source>Copy the message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="79"/>
        <source>Open it in my email program</source>
        <translation>L&apos;ouvrir dans ma messagerie</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="122"/>
        <source>GEP manager (gestionnaire GEP): the person at your school who handles the staff&apos;s administrative files; the school&apos;s secretariat can tell you who it is.</source>
        <translation>Gestionnaire GEP&#xa0;: la personne de votre établissement qui s&apos;occupe des dossiers administratifs des personnels&#xa0;; le secrétariat vous dira qui c&apos;est.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="126"/>
        <source>DSDEN: the offices of the Éducation nationale in your département (one for the 77, one for the 93, one for the 94).</source>
        <translation>DSDEN&#xa0;: les services de l&apos;Éducation nationale de votre département (un pour le 77, un pour le 93, un pour le 94).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="130"/>
        <source>DIMOPE: a service of the DSDEN of Seine-Saint-Denis (93); for a lost NUMEN, the help sheet sends you to its secretariat or to your manager there.</source>
        <translation>DIMOPE&#xa0;: un service de la DSDEN de la Seine-Saint-Denis (93)&#xa0;; pour un NUMEN perdu, la fiche d&apos;aide renvoie à son secrétariat ou à votre gestionnaire dans ce service.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="134"/>
        <source>Keychain (trousseau): the protected place where your computer keeps passwords; it opens with your session&apos;s password.</source>
        <translation>Trousseau&#xa0;: l&apos;endroit protégé où l&apos;ordinateur garde les mots de passe&#xa0;; il s&apos;ouvre avec le mot de passe de votre session.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="147"/>
        <source>[your first name and last name]</source>
        <translation>[vos prénom et nom]</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="151"/>
        <source>Lost NUMEN</source>
        <translation>Perte de NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="152"/>
        <source>Request for my NUMEN</source>
        <translation>Demande de mon NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="204"/>
        <source>Ask your school&apos;s secretariat (secrétariat de l&apos;établissement): it knows which service manages your file and whom to write to.</source>
        <translation>Demandez au secrétariat de votre établissement&#xa0;: il sait quel service gère votre dossier et à qui écrire.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="211"/>
        <source>Lost NUMEN: choose your département above; whom to ask depends on it.</source>
        <translation>NUMEN perdu&#xa0;: choisissez votre département ci-dessus&#xa0;; la personne à qui le demander en dépend.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="213"/>
        <source>Lost NUMEN.</source>
        <translation>NUMEN perdu.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="219"/>
        <source>Lost NUMEN ({place}): your file is kept by the {dsden}, but this assistant knows no public contact there for a lost NUMEN.</source>
        <translation>NUMEN perdu ({place})&#xa0;: votre dossier est suivi par la {dsden}, mais l&apos;assistant ne connaît pas de contact public dans ce service pour un NUMEN perdu.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="225"/>
        <source>Keep a scanned copy of your identity card ready.</source>
        <translation>Préparez une copie numérisée de votre carte d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="228"/>
        <source>Lost NUMEN ({place}): ask the {service} of the {dsden}.</source>
        <translation>NUMEN perdu ({place})&#xa0;: adressez-vous au {service} de la {dsden}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="233"/>
        <source>How: {how}.</source>
        <translation>Comment&#xa0;: {how}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="234"/>
        <source>Source: {source}.</source>
        <translation>Source&#xa0;: {source}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="237"/>
        <source>Its website: {address}</source>
        <translation>Son site&#xa0;: {address}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="240"/>
        <source>Its e-mail address: {address}</source>
        <translation>Son adresse électronique&#xa0;: {address}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="243"/>
        <source>Before sending the message below, attach the scan of your identity card. If you do not know whom to write to, ask your school&apos;s secretariat.</source>
        <translation>Avant d&apos;envoyer le message ci-dessous, joignez la copie numérisée de votre carte d&apos;identité. Si vous ne savez pas à qui écrire, demandez au secrétariat de votre établissement.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="261"/>
        <source>No email program opened on this computer. Copy the message with “Copy the message”, then paste it into an email (Webmel works: {webmel}), with the subject “{subject}”.</source>
        <translation>Aucun programme de messagerie ne s&apos;est ouvert sur cet ordinateur. Copiez le message avec «&#xa0;Copier le message&#xa0;», puis collez-le dans un courriel (le Webmel convient&#xa0;: {webmel}), avec l&apos;objet «&#xa0;{subject}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="266"/>
        <source>Send it to: {address}</source>
        <translation>Envoyez-le à&#xa0;: {address}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="164"/>
        <source>Hello,

I have lost my NUMEN and need it to connect to M@gistère, Webmel and I-Prof. Please find attached a scanned copy of my identity card.

Could you send me my NUMEN?

Thank you,
{name}</source>
        <translation>Bonjour,

J&apos;ai perdu mon NUMEN, dont j&apos;ai besoin pour me connecter à M@gistère, au Webmel et à I-Prof. Vous trouverez ci-joint une copie numérisée de ma carte d&apos;identité.

Pourriez-vous me communiquer mon NUMEN&#xa0;?

Merci d&apos;avance,
{name}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="171"/>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="191"/>
        <source>Unknown NUMEN: ask your school&apos;s GEP manager (gestionnaire GEP), or your administrative manager at the rectorat.</source>
        <translation>NUMEN inconnu&#xa0;: demandez-le au gestionnaire GEP de votre établissement, ou à votre gestionnaire administratif au rectorat.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="176"/>
        <source>Hello,

I do not know my NUMEN and need it to connect to M@gistère, Webmel and I-Prof. Could you tell me how to obtain it?

Thank you,
{name}</source>
        <translation>Bonjour,

Je ne connais pas mon NUMEN, dont j&apos;ai besoin pour me connecter à M@gistère, au Webmel et à I-Prof. Pourriez-vous me l&apos;indiquer, ou me dire comment l&apos;obtenir&#xa0;?

Merci d&apos;avance,
{name}</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="56"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="59"/>
        <source>By default, your password is your NUMEN in capital letters. If the NUMEN does not work, you changed it: type the password you chose.</source>
        <translation>Par défaut, votre mot de passe est votre NUMEN en majuscules. Si le NUMEN ne fonctionne pas, c&apos;est que vous l&apos;avez changé&#xa0;: saisissez le mot de passe que vous aviez choisi.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="64"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="67"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="67"/>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="70"/>
        <source>Use the default password (my NUMEN in capitals)</source>
        <translation>Utiliser le mot de passe par défaut (mon NUMEN en majuscules)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="72"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="73"/>
        <source>Test the connection to the portal</source>
        <translation>Tester la connexion au portail</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="74"/>
        <source>I have forgotten my password: reset it</source>
        <translation>J&apos;ai oublié mon mot de passe&#xa0;: le réinitialiser</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="76"/>
        <source>Change my password now (strongly advised)</source>
        <translation>Changer mon mot de passe maintenant (fortement conseillé)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="80"/>
        <source>Also remember the password (only on a computer that is yours)</source>
        <translation>Mémoriser aussi le mot de passe (seulement sur un ordinateur personnel)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="99"/>
        <source>&amp;Identifiant:</source>
        <extracomment>Identifiants the académie locked, with when the wait ends (None: not said). The test stays off for them until then: a try would only lengthen the lock.</extracomment>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="100"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="144"/>
        <source>probably {guess} (or {guess}1, {guess}2…)</source>
        <translation>probablement {guess} (ou {guess}1, {guess}2…)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="187"/>
        <source>The wait is over: you can test your password again.</source>
        <translation>L&apos;attente est terminée&#xa0;: vous pouvez de nouveau tester votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="223"/>
        <source>This password was just refused; sending it again would count as one more failure. Type another one, or reset it.</source>
        <translation>Ce mot de passe vient d&apos;être refusé&#xa0;; le renvoyer compterait un échec de plus. Saisissez-en un autre, ou réinitialisez-le.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="237"/>
        <source>Connection succeeded: {identifiant} and this password open M@gistère, Webmel and I-Prof.</source>
        <translation>Connexion réussie&#xa0;: {identifiant} et ce mot de passe ouvrent M@gistère, Webmel et I-Prof.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="242"/>
        <source>This is still the default password (your NUMEN): changing it is strongly advised.</source>
        <translation>C&apos;est encore le mot de passe par défaut (votre NUMEN)&#xa0;: il est fortement conseillé de le changer.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="275"/>
        <source>The password typed is your NUMEN, but not in capital letters: the default password is the NUMEN in CAPITALS. Type it again in capitals.</source>
        <translation>Le mot de passe tapé est votre NUMEN, mais pas en majuscules&#xa0;: le mot de passe par défaut est le NUMEN en MAJUSCULES. Retapez-le en majuscules.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="298"/>
        <source>Remember my identifiant in this computer&apos;s keychain ({backend})</source>
        <translation>Mémoriser mon identifiant dans le trousseau de cet ordinateur ({backend})</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="310"/>
        <source>No keychain was found on this computer: nothing will be remembered. Write your identifiant down.</source>
        <translation>Aucun trousseau n&apos;a été trouvé sur cet ordinateur&#xa0;: rien ne sera mémorisé. Notez votre identifiant.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="316"/>
        <source>The keychain is protected by your session&apos;s password. Nothing else is saved.</source>
        <translation>Le trousseau est protégé par le mot de passe de votre session. Rien d&apos;autre n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="348"/>
        <source>Saving in the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="366"/>
        <source>Your identifiant was kept, but not the password.</source>
        <translation>Votre identifiant a été enregistré, mais pas le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="369"/>
        <source>Write your identifiant down: {identifiant}. “Next” goes on without saving it; to try again, tick the box again.</source>
        <translation>Notez votre identifiant sur papier&#xa0;: {identifiant}. «&#xa0;Suivant&#xa0;» continue sans l&apos;enregistrer&#xa0;; pour réessayer, cochez de nouveau la case.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="385"/>
        <source>Nothing was saved: the keychain&apos;s window was closed without allowing it.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: la fenêtre du trousseau a été fermée sans donner l&apos;accord.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="390"/>
        <source>Nothing was saved: the keychain is locked (it opens with your session&apos;s password).</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: le trousseau est verrouillé (il s&apos;ouvre avec le mot de passe de votre session).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="395"/>
        <source>Nothing was saved: this computer has no keychain that works.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: cet ordinateur n&apos;a pas de trousseau qui fonctionne.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="398"/>
        <source>Nothing was saved: the keychain refused to save.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: le trousseau a refusé l&apos;enregistrement.</translation>
    </message>
</context>
<context>
    <name>ResetStepTwoPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="19"/>
        <source>Reset your password, step 2/2</source>
        <translation>Réinitialiser votre mot de passe, étape 2/2</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="22"/>
        <source>Type your identifiant and your NUMEN. Your password will become your NUMEN in capitals again.</source>
        <translation>Saisissez votre identifiant et votre NUMEN. Votre mot de passe redeviendra votre NUMEN en majuscules.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="26"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="28"/>
        <source>NUMEN</source>
        <translation>NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="28"/>
        <source>Show the NUMEN</source>
        <translation>Afficher le NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="29"/>
        <source>Reset my password</source>
        <translation>Réinitialiser mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="31"/>
        <source>I do not know my identifiant: find it</source>
        <translation>Je ne connais pas mon identifiant&#xa0;: le retrouver</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="34"/>
        <source>&amp;Identifiant:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="35"/>
        <source>N&amp;UMEN:</source>
        <translation>N&amp;UMEN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="88"/>
        <source>Type your NUMEN first: it is needed to find your identifiant.</source>
        <translation>Saisissez d&apos;abord votre NUMEN&#xa0;: il faut le NUMEN pour retrouver votre identifiant.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="109"/>
        <source>Your identifiant is {identifiant}.</source>
        <translation>Votre identifiant est {identifiant}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="133"/>
        <source>Done: your password is your NUMEN in capital letters again. Changing it now is strongly advised: that is the next page.</source>
        <translation>C&apos;est fait&#xa0;: votre mot de passe est de nouveau votre NUMEN en majuscules. Il est fortement conseillé de le modifier maintenant&#xa0;: c&apos;est la page suivante.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="97"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="47"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="66"/>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="152"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="153"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="154"/>
        <source>Stop the request</source>
        <translation>Arrêter la demande</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="164"/>
        <source>Open the page in the browser</source>
        <translation>Ouvrir la page dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="166"/>
        <source>Network diagnostics</source>
        <translation>Diagnostic réseau</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="168"/>
        <source>Check the network connection to the académie</source>
        <translation>Vérifier la connexion réseau vers l&apos;académie</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="171"/>
        <source>Save the page for the help desk</source>
        <translation>Enregistrer la page pour l&apos;assistance</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="174"/>
        <source>Saves the académie page that was not understood in your Documents folder, without your NUMEN or passwords, to send to the help desk.</source>
        <translation>Enregistre la page de l&apos;académie qui n&apos;a pas été comprise dans votre dossier Documents, sans votre NUMEN ni vos mots de passe, pour l&apos;envoyer à l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="217"/>
        <source>Contacting the académie…</source>
        <translation>Connexion au site de l&apos;académie…</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="230"/>
        <source>Stopped. The request had already left: the académie may have received it. Nothing more will be sent.</source>
        <translation>Arrêté. La demande était déjà partie&#xa0;: l&apos;académie l&apos;a peut-être reçue. Rien d&apos;autre ne sera envoyé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="234"/>
        <source>Stopped. Nothing was sent.</source>
        <translation>Arrêté. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="292"/>
        <source>The page could not be saved in {folder}.</source>
        <translation>La page n&apos;a pas pu être enregistrée dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="300"/>
        <source>The browser could not be opened. Type this address in a browser: {url}</source>
        <translation>Le navigateur n&apos;a pas pu s&apos;ouvrir. Tapez cette adresse dans un navigateur&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="290"/>
        <source>Page saved for the help desk: {file}</source>
        <translation>Page enregistrée pour l&apos;assistance&#xa0;: {file}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="20"/>
        <source>Connect to M@gistère</source>
        <translation>Se connecter à M@gistère</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="21"/>
        <source>This assistant follows the académie&apos;s help sheet, step by step.</source>
        <translation>Cet assistant suit pas à pas la fiche d&apos;aide de l&apos;académie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="24"/>
        <source>Have at hand: your first name, your last name (birth or married name) and your NUMEN. The same identifiant and password open M@gistère, Webmel and I-Prof.</source>
        <translation>Ayez sous la main&#xa0;: votre prénom, votre nom (patronymique ou marital) et votre NUMEN. Les mêmes identifiant et mot de passe ouvrent M@gistère, Webmel et I-Prof.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="31"/>
        <source>What is sent, and to whom: your last name and NUMEN, or your identifiant and password, go only to the académie&apos;s own sites ({sites}). Nothing is saved on this computer unless you ask for it.</source>
        <translation>Ce qui est envoyé, et à qui&#xa0;: votre nom et votre NUMEN, ou votre identifiant et votre mot de passe, vont uniquement aux sites de l&apos;académie ({sites}). Rien n&apos;est enregistré sur cet ordinateur sans votre accord.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="39"/>
        <source>I am looking for my identifiant</source>
        <translation>Je cherche mon identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="41"/>
        <source>I know my identifiant, I want to check my password</source>
        <translation>Je connais mon identifiant, je veux vérifier mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="43"/>
        <source>I have forgotten my password</source>
        <translation>J&apos;ai oublié mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="45"/>
        <source>I do not know my NUMEN, or I have lost it</source>
        <translation>Je ne connais pas mon NUMEN, ou je l&apos;ai perdu</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="48"/>
        <source>This computer&apos;s keychain</source>
        <translation>Trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="141"/>
        <source>the name server does not know this name</source>
        <extracomment>A detail is a translatable Message or a text in no language (an address, a date, a name). Arguments that are themselves English words to translate, and their context.</extracomment>
        <translation>le serveur de noms ne connaît pas ce nom</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="142"/>
        <source>the name server does not answer</source>
        <translation>le serveur de noms ne répond pas</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="145"/>
        <source>no way to the network (is the computer connected?)</source>
        <translation>pas de chemin vers le réseau (l&apos;ordinateur est-il connecté&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="148"/>
        <source>the machine cannot be reached</source>
        <translation>la machine est injoignable</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="149"/>
        <location filename="../../magistere_gui/diagnostics.py" line="150"/>
        <source>the connection was cut</source>
        <translation>la connexion a été coupée</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="154"/>
        <source>certificate not valid yet (check the date)</source>
        <extracomment>What the certificate check said (OpenSSL&apos;s X509_V_ERR codes), in plain words.</extracomment>
        <translation>certificat pas encore valable (vérifiez la date)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="155"/>
        <source>certificate expired (or the date is wrong)</source>
        <translation>certificat expiré (ou date fausse)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="156"/>
        <source>certificate signed by itself</source>
        <translation>certificat signé par lui-même</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="157"/>
        <location filename="../../magistere_gui/diagnostics.py" line="158"/>
        <location filename="../../magistere_gui/diagnostics.py" line="159"/>
        <source>certificate authority unknown to this computer</source>
        <translation>autorité de certification inconnue de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="160"/>
        <source>certificate made out to another site</source>
        <translation>certificat établi au nom d&apos;un autre site</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="171"/>
        <source>the name cannot be looked up (code {code})</source>
        <translation>le nom ne peut pas être recherché (code {code})</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="177"/>
        <source>the secure exchange failed</source>
        <translation>l&apos;échange sécurisé a échoué</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="180"/>
        <source>connection refused (nothing answers on this port)</source>
        <translation>connexion refusée (rien ne répond sur ce port)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="184"/>
        <source>no answer within {seconds} s</source>
        <translation>pas de réponse en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="190"/>
        <source>system error number {code}</source>
        <translation>erreur du système numéro {code}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="200"/>
        <source>certificate refused (check number {code})</source>
        <translation>certificat refusé (contrôle numéro {code})</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="208"/>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="210"/>
        <source>secure connection refused</source>
        <translation>connexion sécurisée refusée</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="212"/>
        <source>connection failed</source>
        <translation>la connexion a échoué</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="215"/>
        <source>the page sends elsewhere than the académie&apos;s sites</source>
        <translation>la page renvoie ailleurs que sur les sites de l&apos;académie</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="218"/>
        <source>the answer is not a usable page</source>
        <translation>la réponse n&apos;est pas une page utilisable</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="219"/>
        <source>the page could not be read</source>
        <translation>la page n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="225"/>
        <source>answer in under a millisecond</source>
        <translation>réponse en moins d&apos;une milliseconde</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="227"/>
        <source>answer in {milliseconds} ms</source>
        <translation>réponse en {milliseconds} ms</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="282"/>
        <source>Secure connection trusted by this computer ({version}).</source>
        <translation>Connexion sécurisée reconnue par cet ordinateur ({version}).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="296"/>
        <source>The secure connection could not be set up.</source>
        <translation>La connexion sécurisée n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="318"/>
        <source>This computer does not trust the site&apos;s certificate: a network filter may be intercepting the connection, or the computer&apos;s clock is wrong.</source>
        <translation>Cet ordinateur ne reconnaît pas le certificat du site&#xa0;: un filtre réseau intercepte peut-être la connexion, ou l&apos;horloge de l&apos;ordinateur est fausse.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="339"/>
        <location filename="../../magistere_gui/sitecheck.py" line="171"/>
        <source>The page could not be loaded.</source>
        <translation>La page n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="350"/>
        <location filename="../../magistere_gui/sitecheck.py" line="247"/>
        <source>The site answers (HTTP {status}).</source>
        <translation>Le site répond (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="362"/>
        <source>difference with the site: {seconds} s</source>
        <translation>écart avec le site&#xa0;: {seconds} s</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="370"/>
        <source>This computer&apos;s clock is {minutes} minutes off the site&apos;s: correct the date and time, or secure connections will fail.</source>
        <translation>L&apos;horloge de cet ordinateur a {minutes} minutes d&apos;écart avec celle du site&#xa0;: corrigez la date et l&apos;heure, sinon les connexions sécurisées échoueront.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="383"/>
        <source>The computer&apos;s clock is right.</source>
        <translation>L&apos;horloge de l&apos;ordinateur est juste.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="411"/>
        <source>This computer is set to go through the proxy {proxy}, which does not answer.</source>
        <translation>Cet ordinateur est réglé pour passer par le proxy {proxy}, qui ne répond pas.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="423"/>
        <source>Goes through the proxy {proxy}, which answers.</source>
        <translation>Passe par le proxy {proxy}, qui répond.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="501"/>
        <source>The site can be reached (port {port}).</source>
        <translation>Le site est joignable (port {port}).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="453"/>
        <source>Direct connection (no proxy).</source>
        <translation>Connexion directe (sans proxy).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="465"/>
        <source>The name {host} cannot be found (DNS): check the network connection.</source>
        <translation>Le nom {host} est introuvable (DNS)&#xa0;: vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="477"/>
        <source>Name found (DNS).</source>
        <translation>Nom trouvé (DNS).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="489"/>
        <source>The site cannot be reached (port {port}): a firewall may block it.</source>
        <translation>Le site est injoignable (port {port})&#xa0;: un pare-feu le bloque peut-être.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="522"/>
        <source>Keychain available: {backend}.</source>
        <translation>Trousseau disponible&#xa0;: {backend}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="530"/>
        <source>No keychain: the identifiant cannot be remembered on this computer.</source>
        <translation>Pas de trousseau&#xa0;: l&apos;identifiant ne peut pas être mémorisé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="551"/>
        <source>This computer is set to go through a proxy ({proxy}) that does not answer: the académie&apos;s sites cannot be reached. Tell your school&apos;s IT contact.</source>
        <translation>Cet ordinateur est réglé pour passer par un proxy ({proxy}) qui ne répond pas&#xa0;: les sites de l&apos;académie sont injoignables. Prévenez le référent informatique de votre établissement.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="562"/>
        <source>A proxy is set on this computer and the académie&apos;s sites cannot be reached through it. Tell your school&apos;s IT contact.</source>
        <translation>Un proxy est réglé sur cet ordinateur et les sites de l&apos;académie ne sont pas joignables par lui. Prévenez le référent informatique de votre établissement.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="571"/>
        <source>This computer does not reach the Internet. Check the cable or the Wi-Fi, then try again.</source>
        <translation>Cet ordinateur n&apos;accède pas à Internet. Vérifiez le câble ou le Wi-Fi, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="579"/>
        <source>This computer&apos;s clock is wrong: secure connections fail. Set the date and time, then try again.</source>
        <translation>L&apos;horloge de cet ordinateur est fausse&#xa0;: les connexions sécurisées échouent. Réglez la date et l&apos;heure, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="587"/>
        <source>A network filter (or the computer&apos;s clock) prevents a secure connection to the académie. Tell your school&apos;s IT contact.</source>
        <translation>Un filtre du réseau (ou l&apos;horloge de l&apos;ordinateur) empêche une connexion sécurisée à l&apos;académie. Prévenez le référent informatique de votre établissement.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="595"/>
        <source>The académie&apos;s site does not answer. Try again later, or open it in your browser.</source>
        <translation>Le site de l&apos;académie ne répond pas. Réessayez plus tard, ou ouvrez-le dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="600"/>
        <source>Everything looks right from this computer.</source>
        <translation>Tout semble correct depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="38"/>
        <source>Find your identifiant</source>
        <translation>Retrouver son identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="43"/>
        <source>Externet portal (login)</source>
        <translation>Portail externet (connexion)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="48"/>
        <source>Password reset, step 1/2</source>
        <translation>Réinitialisation du mot de passe, étape 1/2</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="54"/>
        <source>Password change</source>
        <translation>Changement du mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="60"/>
        <source>M@gistère</source>
        <translation>M@gistère</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="61"/>
        <source>Webmel</source>
        <translation>Webmel</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="62"/>
        <source>I-Prof</source>
        <translation>I-Prof</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="66"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="67"/>
        <source>NUMEN</source>
        <translation>NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="68"/>
        <source>security code</source>
        <translation>code de sécurité</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="69"/>
        <source>identifiant</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="70"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="71"/>
        <source>current password</source>
        <translation>mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="72"/>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="73"/>
        <source>new password again</source>
        <translation>nouveau mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="123"/>
        <source>No form of this step was recognised on the page.</source>
        <translation>Aucun formulaire de cette étape n&apos;est reconnu sur la page.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="130"/>
        <source>Form recognised (sent with {method}).</source>
        <translation>Formulaire reconnu (envoyé en {method}).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="150"/>
        <source>Security code image found.</source>
        <translation>Image du code de sécurité trouvée.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="152"/>
        <source>No security code image found.</source>
        <translation>Aucune image de code de sécurité trouvée.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="158"/>
        <source>Link for another code found.</source>
        <translation>Lien «&#xa0;autre code&#xa0;» trouvé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="160"/>
        <source>No link for another code: the page itself will be reloaded.</source>
        <translation>Pas de lien «&#xa0;autre code&#xa0;»&#xa0;: la page elle-même sera rechargée.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="192"/>
        <source>Field “{role}”: not recognised.</source>
        <translation>Champ «&#xa0;{role}&#xa0;»&#xa0;: non reconnu.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="202"/>
        <source>Field “{role}”: the name pinned in the profile (“{pinned}”) is not on the page; the field is now “{field}”. Update the profile.</source>
        <translation>Champ «&#xa0;{role}&#xa0;»&#xa0;: le nom fixé dans le profil («&#xa0;{pinned}&#xa0;») n&apos;est plus sur la page&#xa0;; le champ s&apos;appelle maintenant «&#xa0;{field}&#xa0;». Mettez le profil à jour.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="213"/>
        <source>Field “{role}”: “{field}”, by the name pinned in the profile.</source>
        <translation>Champ «&#xa0;{role}&#xa0;»&#xa0;: «&#xa0;{field}&#xa0;», par le nom fixé dans le profil.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="218"/>
        <source>Field “{role}”: “{field}”, by its label.</source>
        <translation>Champ «&#xa0;{role}&#xa0;»&#xa0;: «&#xa0;{field}&#xa0;», par son libellé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="221"/>
        <source>Field “{role}”: “{field}”, by its name only.</source>
        <translation>Champ «&#xa0;{role}&#xa0;»&#xa0;: «&#xa0;{field}&#xa0;», par son nom seulement (libellé non compris).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="257"/>
        <source>Verdict: every page is understood.</source>
        <translation>Résultat&#xa0;: toutes les pages sont comprises.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="261"/>
        <source>Verdict: {count} point(s) not understood. Update the site profile (see the README, “Site profiles”), or send this report to the help desk.</source>
        <translation>Résultat&#xa0;: {count} point(s) non compris. Mettez à jour le profil des sites (voir le README, «&#xa0;Site profiles&#xa0;»), ou envoyez ce rapport à l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <location filename="../../magistere_gui/keychain.py" line="28"/>
        <location filename="../../magistere_gui/keychain.py" line="29"/>
        <source>session keyring</source>
        <extracomment>What a person calls each keyring backend (keyring&apos;s own names, such as &quot;SecretService Keyring&quot;, are English and technical): English sources, translated in the &quot;keychain&quot; context.</extracomment>
        <translation>trousseau de la session</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/keychain.py" line="30"/>
        <source>KDE wallet</source>
        <translation>portefeuille KDE</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/keychain.py" line="31"/>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification de Windows</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/keychain.py" line="32"/>
        <source>macOS keychain</source>
        <translation>trousseau de macOS</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/keychain.py" line="34"/>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="57"/>
        <source>Try again in a few minutes.</source>
        <extracomment>The page that was not understood, which the teacher may save for the help desk. Whether the network diagnostics can help (network, TLS or site trouble; not a refusal).</extracomment>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="60"/>
        <source>Try again in {minutes} minutes (around {time}).</source>
        <translation>Réessayez dans {minutes} minutes (vers {time}).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="100"/>
        <source>The académie says: “{message}”</source>
        <translation>Le site de l&apos;académie indique&#xa0;: «&#xa0;{message}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="111"/>
        <source>The académie may now lock your account: do not try again, reset your password instead.</source>
        <translation>L&apos;académie peut maintenant verrouiller votre compte&#xa0;: n&apos;essayez plus, réinitialisez plutôt votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="116"/>
        <source>Warning: {refusals} refusals so far. One more refused password and the académie locks your account. If you are not sure of your password, reset it instead.</source>
        <translation>Attention&#xa0;: {refusals} refus déjà. Encore un mot de passe refusé et l&apos;académie verrouille votre compte. Si vous n&apos;êtes pas sûr de votre mot de passe, réinitialisez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="121"/>
        <source>Refusals so far: {refusals} (the académie locks the account after {allowed}).</source>
        <translation>Refus jusqu&apos;ici&#xa0;: {refusals} (l&apos;académie verrouille le compte après {allowed}).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="173"/>
        <source>Your password was accepted, but the académie asks you to change it first (it has expired). Open the académie page in your browser to choose a new one.</source>
        <translation>Votre mot de passe est accepté, mais l&apos;académie vous demande d&apos;abord de le changer (il a expiré). Ouvrez la page de l&apos;académie dans votre navigateur pour en choisir un nouveau.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="178"/>
        <source>Your password was accepted, but the académie asks for a second step (a code). Finish in your browser.</source>
        <translation>Votre mot de passe est accepté, mais l&apos;académie demande une deuxième étape (un code). Terminez dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="183"/>
        <source>Your password was accepted, but the académie asks you to accept its terms of use first. Do it in your browser.</source>
        <translation>Votre mot de passe est accepté, mais l&apos;académie vous demande d&apos;abord d&apos;accepter ses conditions d&apos;utilisation. Faites-le dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="188"/>
        <source>The académie page asks for something this assistant does not know. Continue in your browser.</source>
        <translation>La page de l&apos;académie demande quelque chose que cet assistant ne connaît pas. Continuez dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="196"/>
        <source>It asks for: {fields}.</source>
        <translation>Elle demande&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="212"/>
        <source>The académie page also asks for “{asked}”, which this assistant does not know. Nothing was sent. You can do this step yourself in your browser.</source>
        <translation>La page de l&apos;académie demande aussi «&#xa0;{asked}&#xa0;», que l&apos;assistant ne connaît pas. Rien n&apos;a été envoyé. Vous pouvez faire cette étape vous-même dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="260"/>
        <source>Fill in every field first: nothing was sent.</source>
        <translation>Remplissez d&apos;abord toutes les cases&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="265"/>
        <source>The académie site did not answer in time. Try again in a few minutes, or open the page in your browser.</source>
        <translation>Le site de l&apos;académie n&apos;a pas répondu à temps. Réessayez dans quelques minutes, ou ouvrez la page dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="274"/>
        <source>The secure connection to the académie failed: this computer does not trust the site&apos;s certificate. Check the computer&apos;s date and time; if they are right, tell your school&apos;s IT contact (a network filter may be in the way).</source>
        <translation>La connexion sécurisée au site de l&apos;académie a échoué&#xa0;: cet ordinateur ne reconnaît pas le certificat du site. Vérifiez la date et l&apos;heure de l&apos;ordinateur&#xa0;; si elles sont justes, prévenez le référent informatique de l&apos;établissement (un filtre réseau peut être en cause).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="285"/>
        <source>The académie site cannot be reached. Check that this computer is connected to the Internet, then try again.</source>
        <translation>Le site de l&apos;académie est injoignable. Vérifiez que l&apos;ordinateur est connecté à Internet, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="203"/>
        <source>This page asks to send your details to “{host}”, which is not an académie site. Nothing was sent there. Open the académie&apos;s own page in your browser, or ask your school&apos;s IT contact.</source>
        <translation>Cette page demande d&apos;envoyer vos informations à «&#xa0;{host}&#xa0;», qui n&apos;est pas un site de l&apos;académie. Rien n&apos;a été envoyé. Ouvrez la page de l&apos;académie dans votre navigateur, ou demandez au référent informatique de votre établissement.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="295"/>
        <source>The code image cannot be displayed. Ask for another code.</source>
        <translation>L&apos;image du code ne peut pas être affichée. Demandez un autre code.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="304"/>
        <source>The académie page does not look as expected (it may have changed). You can do this step yourself in your browser.</source>
        <translation>La page de l&apos;académie n&apos;a pas l&apos;aspect attendu (elle a peut-être changé). Vous pouvez faire cette étape vous-même dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="221"/>
        <source>The académie site is busy.</source>
        <translation>Le site de l&apos;académie est surchargé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="228"/>
        <source>The académie site reported an error (code {status}). Try again later, or open the page in your browser.</source>
        <translation>Le site de l&apos;académie signale une erreur (code {status}). Réessayez plus tard, ou ouvrez la page dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="142"/>
        <source>Your account is locked for a while after too many failed attempts. The program will not try again by itself.</source>
        <translation>Votre compte est verrouillé pour un moment après trop d&apos;essais infructueux. Le programme ne réessaiera pas de lui-même.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="150"/>
        <source>You can also reset your password now.</source>
        <translation>Vous pouvez aussi réinitialiser votre mot de passe dès maintenant.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="318"/>
        <source>The reset session has expired. Go back to step 1/2 for a new code.</source>
        <translation>La session de réinitialisation a expiré. Revenez à l&apos;étape 1/2 pour un nouveau code.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="164"/>
        <source>The code has expired. A new code is shown: type it in.</source>
        <translation>Le code a expiré. Un nouveau code est affiché&#xa0;: saisissez-le.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="156"/>
        <source>The code typed does not match. A new code is shown: type it in.</source>
        <translation>Le code saisi ne correspond pas. Un nouveau code est affiché&#xa0;: saisissez-le.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="160"/>
        <source>This step has expired: step 1/2 starts again with a new code.</source>
        <translation>Cette étape a expiré&#xa0;: l&apos;étape 1/2 recommence avec un nouveau code.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="327"/>
        <source>The identifiant and the NUMEN do not match. Check both, then try again.</source>
        <translation>L&apos;identifiant et le NUMEN ne correspondent pas. Vérifiez-les, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="336"/>
        <source>No account matches this name and NUMEN. Check the spelling of your last name (try your birth name or your married name) and your NUMEN.</source>
        <translation>Aucun compte ne correspond à ce nom et à ce NUMEN. Vérifiez l&apos;orthographe de votre nom (essayez votre nom patronymique ou marital) et votre NUMEN.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="346"/>
        <source>The current password is refused. Check it, then try again.</source>
        <translation>Le mot de passe actuel est refusé. Vérifiez-le, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="354"/>
        <source>Password refused. By default it is your NUMEN in capital letters; if that does not work, you changed it. If you have forgotten it, reset it.</source>
        <translation>Mot de passe refusé. Par défaut, c&apos;est votre NUMEN en majuscules&#xa0;; s&apos;il ne fonctionne pas, c&apos;est que vous l&apos;avez changé. Si vous l&apos;avez oublié, réinitialisez-le.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="235"/>
        <source>The académie refuses this new password: {reason}</source>
        <translation>L&apos;académie refuse ce nouveau mot de passe&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="239"/>
        <source>it does not follow the rules.</source>
        <translation>il ne respecte pas les règles.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="365"/>
        <source>Something unexpected went wrong. Try again; if it happens again, open the page in your browser.</source>
        <translation>Un problème inattendu s&apos;est produit. Réessayez&#xa0;; s&apos;il se reproduit, ouvrez la page dans le navigateur.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../magistere_gui/app.py" line="157"/>
        <source>The demonstration&apos;s local académie could not be started on this computer. Close other copies of the assistant and try again.</source>
        <translation>L&apos;académie locale de démonstration n&apos;a pas pu démarrer sur cet ordinateur. Fermez les autres fenêtres de l&apos;assistant, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="25"/>
        <source>there is no such file. Check the path given after --sites (or in MAGISTERE_SITES).</source>
        <extracomment>What is wrong, one sentence per problem (the setting&apos;s name in « », as typed in the file).</extracomment>
        <translation>ce fichier n&apos;existe pas. Vérifiez le chemin donné après --sites (ou dans MAGISTERE_SITES).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="29"/>
        <source>this is a folder, not a file. Give the path of the .toml file itself.</source>
        <translation>c&apos;est un dossier, pas un fichier. Donnez le chemin du fichier .toml lui-même.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="32"/>
        <source>this computer account is not allowed to read it.</source>
        <translation>ce compte de l&apos;ordinateur n&apos;a pas le droit de le lire.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="35"/>
        <source>the computer could not read it.</source>
        <translation>l&apos;ordinateur n&apos;a pas pu le lire.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="36"/>
        <source>an accented letter cannot be read: the file is not saved as UTF-8. Save it again with the UTF-8 encoding in your text editor.</source>
        <translation>une lettre accentuée ne peut pas être lue&#xa0;: le fichier n&apos;est pas enregistré en UTF-8. Enregistrez-le de nouveau avec l&apos;encodage UTF-8 dans votre éditeur de texte.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="41"/>
        <source>a « ] » is missing at the end of the section name, as in [timeouts].</source>
        <translation>il manque un «&#xa0;]&#xa0;» à la fin du nom de la section, comme dans [timeouts].</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="44"/>
        <source>a « = » is missing between the name of the setting and its value, as in connect_seconds = 8.0.</source>
        <translation>il manque un «&#xa0;=&#xa0;» entre le nom du réglage et sa valeur, comme dans connect_seconds = 8.0.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="49"/>
        <source>the value is not written as expected: a text goes between quotes (&quot;…&quot;), a number is written with a dot (8.0), yes or no as true or false.</source>
        <translation>la valeur n&apos;est pas écrite comme il faut&#xa0;: un texte se met entre guillemets droits (&quot;…&quot;), un nombre s&apos;écrit avec un point (8.0), oui ou non s&apos;écrivent true ou false.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="54"/>
        <source>a text has no closing quote at the end of the line.</source>
        <translation>un texte n&apos;a pas de guillemet fermant en fin de ligne.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="57"/>
        <source>a list opened with « [ » (or « { ») is not closed.</source>
        <translation>une liste ouverte par «&#xa0;[&#xa0;» (ou «&#xa0;{&#xa0;») n&apos;est pas fermée.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="60"/>
        <source>a backslash « \ » must be written twice, or the text put between single quotes (&apos;…&apos;).</source>
        <translation>une barre oblique inversée «&#xa0;\&#xa0;» doit être écrite deux fois, ou le texte mis entre apostrophes droites (&apos;…&apos;).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="64"/>
        <source>this setting or section is already given higher up in the file.</source>
        <translation>ce réglage ou cette section figure déjà plus haut dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="67"/>
        <source>this line is written neither as « name = value » nor as « [section] ».</source>
        <translation>cette ligne n&apos;est écrite ni comme «&#xa0;nom = valeur&#xa0;» ni comme «&#xa0;[section]&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="70"/>
        <source>the section [urls] lacks these addresses: {key}.</source>
        <translation>il manque ces adresses dans la section [urls]&#xa0;: {key}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="73"/>
        <source>the pattern « {key} » is not a valid regular expression (a bracket or a parenthesis may be left open).</source>
        <translation>le motif «&#xa0;{key}&#xa0;» n&apos;est pas une expression régulière valable (un crochet ou une parenthèse est peut-être resté ouvert).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="78"/>
        <source>the address « {key} » cannot be used: write a full web address of the académie, beginning with https://.</source>
        <translation>l&apos;adresse «&#xa0;{key}&#xa0;» n&apos;est pas utilisable&#xa0;: écrivez une adresse web complète de l&apos;académie, qui commence par https://.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="83"/>
        <source>« {key} » is not a kind of field. Use one of: {choices}.</source>
        <translation>«&#xa0;{key}&#xa0;» n&apos;est pas un type de champ. Utilisez l&apos;un de ceux-ci&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="86"/>
        <source>« {key} » is given without the public page it was read on: add {key}_source = &quot;…&quot; with that page, or remove « {key} » (nothing may be guessed).</source>
        <translation>«&#xa0;{key}&#xa0;» est donné sans la page publique où il a été lu&#xa0;: ajoutez {key}_source = &quot;…&quot; avec cette page, ou retirez «&#xa0;{key}&#xa0;» (rien ne doit être deviné).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="91"/>
        <source>« {key} » names no profile shipped with the program.</source>
        <translation>«&#xa0;{key}&#xa0;» ne désigne aucun profil fourni avec le programme.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="96"/>
        <source>« {key} » is not a setting of the section [{section}]: check its spelling, or whether it belongs to another section.</source>
        <translation>«&#xa0;{key}&#xa0;» n&apos;est pas un réglage de la section [{section}]&#xa0;: vérifiez son orthographe, ou s&apos;il appartient à une autre section.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="101"/>
        <source>« {key} » is not a setting of the top of the file: check its spelling, or whether it belongs to a section.</source>
        <translation>«&#xa0;{key}&#xa0;» n&apos;est pas un réglage du début du fichier&#xa0;: vérifiez son orthographe, ou s&apos;il appartient à une section.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="106"/>
        <source>« {key} » must be between {low} and {high}.</source>
        <translation>«&#xa0;{key}&#xa0;» doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="108"/>
        <source>« {key} » must be a text between quotes (&quot;…&quot;).</source>
        <translation>«&#xa0;{key}&#xa0;» doit être un texte entre guillemets droits (&quot;…&quot;).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="109"/>
        <source>« {key} » must be a number, as in 8.0.</source>
        <translation>«&#xa0;{key}&#xa0;» doit être un nombre, comme 8.0.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="110"/>
        <source>« {key} » must be true or false.</source>
        <translation>«&#xa0;{key}&#xa0;» doit valoir true (oui) ou false (non).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="111"/>
        <source>« {key} » must be a list of texts, as in [&quot;cas.ac-creteil.fr&quot;].</source>
        <translation>«&#xa0;{key}&#xa0;» doit être une liste de textes, comme [&quot;cas.ac-creteil.fr&quot;].</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="114"/>
        <source>« {key} » must be a section, as in [{key}].</source>
        <translation>«&#xa0;{key}&#xa0;» doit être une section, comme [{key}].</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="117"/>
        <source>The site profile {file} cannot be opened:</source>
        <translation>Le profil des sites {file} ne peut pas être ouvert&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="118"/>
        <source>The site profile {file} has a mistake on line {line}:</source>
        <translation>Le profil des sites {file} contient une erreur à la ligne {line}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="121"/>
        <source>The site profile {file} has a mistake on line {line}, at character {column}:</source>
        <translation>Le profil des sites {file} contient une erreur à la ligne {line}, au caractère {column}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="124"/>
        <source>The site profile {file} has a mistake:</source>
        <translation>Le profil des sites {file} contient une erreur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/profile_errors.py" line="125"/>
        <source>Correct the file, then start the assistant again (or send this message to your help desk).</source>
        <translation>Corrigez le fichier, puis relancez l&apos;assistant (ou transmettez ce message à l&apos;assistance).</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../magistere_gui/rules.py" line="67"/>
        <source>first degree (primary school)</source>
        <translation>premier degré</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="68"/>
        <source>public secondary education</source>
        <translation>second degré public</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="69"/>
        <source>private education under contract</source>
        <translation>enseignement privé sous contrat</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="70"/>
        <source>administrative staff</source>
        <translation>personnel administratif</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="71"/>
        <source>higher education</source>
        <translation>enseignement supérieur</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="95"/>
        <source>One character of your NUMEN looks like the right one but is not (for example the letter O instead of the digit 0): check the letters and digits one by one.</source>
        <extracomment>Said instead of a look-alike hint: the same advice, no position and no character typed.</extracomment>
        <translation>Un caractère de votre NUMEN ressemble au bon sans l&apos;être (par exemple la lettre O au lieu du chiffre 0)&#xa0;: vérifiez les lettres et les chiffres un par un.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="128"/>
        <source>other category</source>
        <translation>autre catégorie</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="148"/>
        <source>Type your NUMEN.</source>
        <translation>Saisissez votre NUMEN.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="152"/>
        <source>A NUMEN has 13 characters; you typed {count}.</source>
        <translation>Un NUMEN compte 13 caractères&#xa0;; vous en avez saisi {count}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="163"/>
        <source>Character {position} must be a digit: did you type the letter {letter} instead of the digit {digit}?</source>
        <translation>Le caractère n° {position} doit être un chiffre&#xa0;: avez-vous tapé la lettre {letter} au lieu du chiffre {digit}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="178"/>
        <source>Character {position} must be a digit.</source>
        <translation>Le caractère n° {position} doit être un chiffre.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="188"/>
        <source>Character {position} must be a letter: did you type the digit 0 instead of the letter O?</source>
        <translation>Le caractère n° {position} doit être une lettre&#xa0;: avez-vous tapé le chiffre 0 au lieu de la lettre O&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="199"/>
        <source>Character {position} must be a letter.</source>
        <translation>Le caractère n° {position} doit être une lettre.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="231"/>
        <source>Extra spaces removed.</source>
        <translation>Espaces en trop supprimés.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="237"/>
        <source>Apostrophe replaced by a dash, as the académie asks.</source>
        <translation>Apostrophe remplacée par un tiret, comme le demande l&apos;académie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="243"/>
        <source>Space replaced by a dash, as the académie asks.</source>
        <translation>Espace remplacé par un tiret, comme le demande l&apos;académie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="248"/>
        <source>Repeated dashes simplified.</source>
        <translation>Tirets répétés simplifiés.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="288"/>
        <source>Type your first name and last name to see a guess.</source>
        <translation>Saisissez votre prénom et votre nom pour voir une proposition.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="311"/>
        <source>Probable only: your name has several parts, so the académie may have kept them differently, and a number (1, 2, 3…) is added when someone else has the same name. Check it online with your NUMEN.</source>
        <translation>Seulement probable&#xa0;: votre nom a plusieurs parties, que l&apos;académie a pu garder autrement, et un chiffre (1, 2, 3…) est ajouté quand quelqu&apos;un d&apos;autre porte le même nom. Vérifiez-le en ligne avec votre NUMEN.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="320"/>
        <source>Probable only: a number (1, 2, 3…) is added when someone else in the académie has the same name. Check it online with your NUMEN.</source>
        <translation>Seulement probable&#xa0;: un chiffre (1, 2, 3…) est ajouté quand quelqu&apos;un d&apos;autre dans l&apos;académie porte le même nom. Vérifiez-le en ligne avec votre NUMEN.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="391"/>
        <source>At least {count} characters</source>
        <translation>Au moins {count} caractères</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="399"/>
        <source>At most {count} characters</source>
        <translation>Au plus {count} caractères</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="407"/>
        <source>At least {count} kinds among lower case, upper case, digits and symbols</source>
        <translation>Au moins {count} types parmi minuscules, majuscules, chiffres et symboles</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="417"/>
        <source>No accents and no spaces</source>
        <translation>Ni accent ni espace</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="422"/>
        <source>Does not contain your NUMEN</source>
        <translation>Ne contient pas votre NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="427"/>
        <source>Does not contain your identifiant</source>
        <translation>Ne contient pas votre identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="435"/>
        <source>Different from the old password</source>
        <translation>Différent de l&apos;ancien mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="443"/>
        <source>Both entries are identical</source>
        <translation>Les deux saisies sont identiques</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="41"/>
        <source>Qt&apos;s buttons are not translated: {text}</source>
        <translation>les boutons de Qt ne sont pas traduits&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="46"/>
        <source>The assistant is not translated: {text}</source>
        <translation>l&apos;assistant n&apos;est pas traduit&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="57"/>
        <source>A file is missing: {name}</source>
        <translation>un fichier manque&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="62"/>
        <source>Site profile: {name} ({file})</source>
        <translation>profil des sites&#xa0;: {name} ({file})</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="66"/>
        <source>Next button: {text}</source>
        <translation>bouton Suivant&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="70"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="72"/>
        <source>Keychain: {name}</source>
        <translation>trousseau&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="76"/>
        <source>FAILED: {problem}</source>
        <translation>ÉCHEC&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="78"/>
        <source>Self-test passed.</source>
        <translation>auto-test&#xa0;: réussi</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="80"/>
        <source>Self-test failed.</source>
        <translation>auto-test&#xa0;: échoué</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="101"/>
        <source>An image format is missing: {name}</source>
        <translation>un format d&apos;image manque&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="105"/>
        <source>Qt&apos;s French translation (qtbase_fr) is missing</source>
        <translation>la traduction française de Qt (qtbase_fr) manque</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="108"/>
        <source>The demonstration&apos;s security codes cannot be drawn</source>
        <translation>les codes de sécurité de la démonstration ne peuvent pas être dessinés</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="112"/>
        <source>Display: {platform}; image formats: {formats}</source>
        <translation>affichage&#xa0;: {platform}&#xa0;; formats d&apos;image&#xa0;: {formats}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="154"/>
        <source>A Qt plugin is missing: {name}</source>
        <extracomment>The Qt plugins the program needs, by system: a lean build must keep them, and loadable.</extracomment>
        <translation>un module de Qt manque&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/selftest.py" line="160"/>
        <source>The Qt plugin {name} cannot be loaded: {reason}</source>
        <translation>le module de Qt {name} ne se charge pas&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../magistere_gui/app.py" line="119"/>
        <source>The assistant cannot start.</source>
        <extracomment>The options of a double-click start (no arguments): known without loading argparse.</extracomment>
        <translation>L&apos;assistant ne peut pas démarrer.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/app.py" line="294"/>
        <source>An unexpected error prevents the assistant from starting. Send this file to your help desk: {file}</source>
        <translation>Une erreur inattendue empêche l&apos;assistant de démarrer. Envoyez ce fichier à l&apos;assistance&#xa0;: {file}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/app.py" line="361"/>
        <source>No screen is available to show the assistant (this session has no graphical display). Start it from the desktop, or use --diagnose or --self-test, which need no screen.</source>
        <translation>Aucun écran n&apos;est disponible pour afficher l&apos;assistant (cette session n&apos;a pas d&apos;affichage graphique). Lancez-le depuis le bureau, ou utilisez --diagnose ou --self-test, qui n&apos;ont pas besoin d&apos;écran.</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="22"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="23"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="24"/>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="25"/>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="26"/>
        <source>Very strong</source>
        <translation>Très fort</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="31"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, en évitant les expressions courantes.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="32"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Pas besoin de symboles, de chiffres ni de majuscules.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="33"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont meilleurs.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="34"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches du clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="35"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les petits motifs de clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="36"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec plus de détours.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="37"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="38"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme «&#xa0;abcabcabc&#xa0;» sont à peine plus difficiles à deviner que «&#xa0;abc&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="41"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et caractères répétés.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="42"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="43"/>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="44"/>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="45"/>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="46"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous concernent.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="47"/>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="48"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et années qui vous concernent.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="49"/>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="50"/>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="51"/>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="52"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Il ressemble à un mot de passe très utilisé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="53"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="54"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et noms seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="55"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et noms courants sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="56"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="57"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="58"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots à l&apos;envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="59"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme «&#xa0;@&#xa0;» au lieu de «&#xa0;a&#xa0;» n&apos;aident pas beaucoup.</translation>
    </message>
</context>
</TS>
