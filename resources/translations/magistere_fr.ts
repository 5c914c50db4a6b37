<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CaptchaPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="54"/>
        <source>Reset your password, step 1/2: security code</source>
        <extracomment>The largest code drawn on screen, in device pixels, whatever the zoom and the image.</extracomment>
        <translation>Réinitialiser votre mot de passe, étape 1/2 : code de sécurité</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="57"/>
        <source>The académie first checks that you are a person: type the deliberately distorted code shown below.</source>
        <translation>L&apos;académie vérifie d&apos;abord que vous êtes bien une personne physique : tapez le code intentionnellement déformé affiché ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="69"/>
        <source>Security code image</source>
        <translation>Image du code de sécurité</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="72"/>
        <source>A distorted code to read and type. If you cannot see it, press “I cannot read the code” for whom to ask.</source>
        <translation>Un code volontairement déformé, à lire et à saisir. Si vous ne pouvez pas le voir, appuyez sur « Je n&apos;arrive pas à lire le code » pour savoir à qui vous adresser.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="80"/>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="82"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="85"/>
        <source>Make the code smaller</source>
        <translation>Réduire le code</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="88"/>
        <source>Make the code larger</source>
        <translation>Agrandir le code</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="90"/>
        <source>Code shown</source>
        <translation>Code affiché</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="91"/>
        <source>Validate the code</source>
        <translation>Valider le code</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="92"/>
        <source>Click “New code” if you want another code.</source>
        <translation>Cliquez sur « Nouveau code » si vous voulez un autre code.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="94"/>
        <source>Upper or lower case does not matter.</source>
        <translation>Majuscules ou minuscules : peu importe.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="97"/>
        <source>I cannot read the code</source>
        <translation>Je n&apos;arrive pas à lire le code</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="100"/>
        <source>You can: ask for a new code (some are easier to read); make the code larger with the + button; ask a colleague or your school&apos;s digital contact (référent numérique) to read it with you. The program never reads the code for you: it is there to check that a person is asking.</source>
        <translation>Vous pouvez : demander un nouveau code (certains sont plus faciles à lire) ; agrandir le code avec le bouton + ; demander à un collègue ou au référent numérique de votre établissement de le lire avec vous. Le programme ne lit jamais le code à votre place : il sert à vérifier qu&apos;une personne fait la demande.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="119"/>
        <source>&amp;Type the code shown:</source>
        <translation>&amp;Saisir le code affiché :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/captcha.py" line="216"/>
        <source>The code image cannot be displayed. Ask for another code.</source>
        <translation>L&apos;image du code ne peut pas être affichée. Demandez un autre code.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="26"/>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="29"/>
        <source>Strongly advised after a reset. The new password will open M@gistère, Webmel and I-Prof.</source>
        <translation>Fortement conseillé après une réinitialisation. Le nouveau mot de passe ouvrira M@gistère, Webmel et I-Prof.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="33"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="35"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="35"/>
        <source>Show the current password</source>
        <translation>Afficher le mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="38"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="38"/>
        <source>Show the new password</source>
        <translation>Afficher le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="41"/>
        <source>New password again</source>
        <translation>Nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="41"/>
        <source>Show the confirmation</source>
        <translation>Afficher la confirmation</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="43"/>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="47"/>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="49"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="52"/>
        <source>&amp;Identifiant:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="53"/>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="54"/>
        <source>N&amp;ew password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="55"/>
        <source>&amp;Confirm the new password:</source>
        <translation>&amp;Confirmer le nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="56"/>
        <source>Strength (advice only):</source>
        <translation>Robustesse (simple conseil) :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/change_password.py" line="130"/>
        <source>Your password has been changed. Use it from now on for M@gistère, Webmel and I-Prof.</source>
        <translation>Votre mot de passe a été changé. Utilisez-le désormais pour M@gistère, Webmel et I-Prof.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="27"/>
        <source>Network diagnostics</source>
        <translation>Diagnostic réseau</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="31"/>
        <source>Checking the académie&apos;s sites from this computer…</source>
        <translation>Vérification des sites de l&apos;académie depuis cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="38"/>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="92"/>
        <source>Show the technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="43"/>
        <source>Diagnostics report</source>
        <translation>Rapport de diagnostic</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="46"/>
        <source>Copy the report for the help desk</source>
        <translation>Copier le rapport pour l&apos;assistance</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="48"/>
        <source>Run again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/diagnostics_dialog.py" line="90"/>
        <source>Hide the technical details</source>
        <translation>Masquer les détails techniques</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="24"/>
        <source>All set</source>
        <translation>C&apos;est terminé</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="26"/>
        <source>Your identifiant and password open M@gistère, Webmel and I-Prof.</source>
        <translation>Votre identifiant et votre mot de passe ouvrent M@gistère, Webmel et I-Prof.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="28"/>
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
        <location filename="../../magistere_gui/gui/pages/done.py" line="64"/>
        <source>Your &amp;identifiant:</source>
        <translation>Votre &amp;identifiant :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="110"/>
        <source>The browser could not be opened. Type this address in your browser: {url}</source>
        <translation>Le navigateur n&apos;a pas pu s&apos;ouvrir. Tapez cette adresse dans votre navigateur : {url}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="85"/>
        <source>Identifiant confirmed by the académie.</source>
        <translation>Identifiant confirmé par l&apos;académie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="87"/>
        <source>Identifiant and password tested on the portal.</source>
        <translation>Identifiant et mot de passe testés sur le portail.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="89"/>
        <source>Password reset.</source>
        <translation>Mot de passe réinitialisé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="91"/>
        <source>Password changed: use the new one from now on.</source>
        <translation>Mot de passe changé : utilisez désormais le nouveau.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/done.py" line="97"/>
        <source>Your password is your NUMEN in capitals: change it soon (strongly advised).</source>
        <translation>Votre mot de passe est votre NUMEN en majuscules : changez-le bientôt (fortement conseillé).</translation>
    </message>
</context>
<context>
    <name>IdentifiantLookupDialog</name>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="31"/>
        <source>Find my identifiant</source>
        <translation>Retrouver mon identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="36"/>
        <source>Last name (birth or married)</source>
        <translation>Nom (patronymique ou marital)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="37"/>
        <source>Find it</source>
        <translation>Le retrouver</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/lookup_dialog.py" line="42"/>
        <source>&amp;Last name (birth or married):</source>
        <translation>&amp;Nom (patronymique ou marital) :</translation>
    </message>
</context>
<context>
    <name>IdentifiantPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="35"/>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="52"/>
        <source>Your identifiant</source>
        <translation>Votre identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="38"/>
        <source>It is the first letter of your first name followed by your last name, sometimes with a number (1, 2, 3…) when someone else has the same name.</source>
        <translation>C&apos;est la 1re lettre de votre prénom suivie de votre nom, parfois avec un chiffre (1, 2, 3…) quand quelqu&apos;un d&apos;autre porte le même nom.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="43"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="45"/>
        <source>Last name (birth or married)</source>
        <translation>Nom (patronymique ou marital)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="46"/>
        <source>NUMEN</source>
        <translation>NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="46"/>
        <source>Show the NUMEN</source>
        <translation>Afficher le NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="50"/>
        <source>Check online</source>
        <translation>Vérifier en ligne</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="51"/>
        <source>Check my identifiant online</source>
        <translation>Vérifier mon identifiant en ligne</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="53"/>
        <source>Your &amp;identifiant:</source>
        <translation>Votre &amp;identifiant :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="56"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="57"/>
        <source>Copy the identifiant</source>
        <translation>Copier l&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="58"/>
        <source>I do not know my NUMEN</source>
        <translation>Je ne connais pas mon NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="61"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="62"/>
        <source>&amp;Last name (birth or married):</source>
        <translation>&amp;Nom (patronymique ou marital) :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="64"/>
        <source>&amp;NUMEN:</source>
        <translation>N&amp;UMEN :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="138"/>
        <source>Will be sent as: {name}. {changes}</source>
        <translation>Sera envoyé ainsi : {name}. {changes}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="144"/>
        <source>Will be sent as: {name}</source>
        <translation>Sera envoyé ainsi : {name}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="157"/>
        <source>Identifiant confirmed by the académie: {identifiant}</source>
        <translation>Identifiant confirmé par l&apos;académie : {identifiant}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="167"/>
        <source>Probable identifiant: {best}</source>
        <translation>Identifiant probable : {best}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="169"/>
        <source>(or {others})</source>
        <translation>(ou {others})</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="181"/>
        <source>13 characters. Your school&apos;s GEP manager can give it to you.</source>
        <translation>13 caractères. Le gestionnaire GEP de votre établissement peut vous le donner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="202"/>
        <source>Well-formed NUMEN. Its académie code ({code}) is not in this program&apos;s list: that does not block anything, the académie decides.</source>
        <translation>NUMEN bien formé. Son code d&apos;académie ({code}) n&apos;est pas dans la liste de ce programme : ce n&apos;est pas bloquant, c&apos;est l&apos;académie qui décide.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="207"/>
        <source>Well-formed NUMEN: académie of {academie}, {system}, {year}.</source>
        <translation>NUMEN bien formé : académie de {academie}, {system}, {year}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="215"/>
        <source>It comes from another académie: that is fine, it still works in Créteil.</source>
        <translation>Il vient d&apos;une autre académie : c&apos;est normal, il fonctionne aussi à Créteil.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="246"/>
        <source>The académie confirms your identifiant: {identifiant}. Write it down, then continue with your password.</source>
        <translation>L&apos;académie confirme votre identifiant : {identifiant}. Notez-le, puis continuez avec votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/identifiant.py" line="261"/>
        <source>You can also go on with the probable identifiant {guess}.</source>
        <translation>Vous pouvez aussi continuer avec l&apos;identifiant probable {guess}.</translation>
    </message>
</context>
<context>
    <name>MagistereWizard</name>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="47"/>
        <source>M@gistère assistant</source>
        <translation>Assistant M@gistère</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="52"/>
        <source>Demo mode</source>
        <translation>Mode démonstration</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="198"/>
        <source>Nothing is sent to the académie: a local simulator answers, with fictional accounts.</source>
        <translation>Rien n&apos;est envoyé à l&apos;académie : un simulateur local répond, avec des comptes fictifs.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="205"/>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/wizard.py" line="210"/>
        <source>Demo &amp;accounts:</source>
        <translation>&amp;Comptes de démonstration :</translation>
    </message>
</context>
<context>
    <name>NumenHelpPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="25"/>
        <source>Your NUMEN</source>
        <translation>Votre NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="26"/>
        <source>The NUMEN is given by the administration. Here is whom to ask.</source>
        <translation>Le NUMEN est attribué par l&apos;administration. Voici à qui le demander.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="27"/>
        <source>I have never known my NUMEN</source>
        <translation>Je n&apos;ai jamais connu mon NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="28"/>
        <source>I have lost my NUMEN</source>
        <translation>J&apos;ai perdu mon NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="35"/>
        <source>Message ready to send</source>
        <translation>Message prêt à envoyer</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="36"/>
        <source>Copy the message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="37"/>
        <source>Open it in my email program</source>
        <translation>L&apos;ouvrir dans ma messagerie</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="65"/>
        <source>[your first name and last name]</source>
        <translation>[vos prénom et nom]</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="69"/>
        <source>Lost NUMEN</source>
        <translation>Perte de NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="70"/>
        <source>Request for my NUMEN</source>
        <translation>Demande de mon NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="77"/>
        <source>Lost NUMEN: go to the DIMOPE secretariat of the DSDEN 93 with an identity card, or email your DIMOPE manager with a scanned copy of your identity card attached.</source>
        <translation>NUMEN perdu : adressez-vous à la DSDEN 93, au secrétariat de la DIMOPE, en présentant une pièce d&apos;identité, ou écrivez à votre gestionnaire de la DIMOPE en joignant une copie numérisée de votre carte d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="82"/>
        <source>Before sending the message below, attach the scan of your identity card. This contact is the one the help sheet gives, for the DSDEN of Seine-Saint-Denis (93).</source>
        <translation>Avant d&apos;envoyer le message ci-dessous, joignez la copie numérisée de votre carte d&apos;identité. Ce contact est celui que donne la fiche d&apos;aide, pour la DSDEN de Seine-Saint-Denis (93).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="88"/>
        <source>Hello,

I have lost my NUMEN and need it to connect to M@gistère, Webmel and I-Prof. Please find attached a scanned copy of my identity card.

Could you send me my NUMEN?

Thank you,
{name}</source>
        <translation>Bonjour,

J&apos;ai perdu mon NUMEN, dont j&apos;ai besoin pour me connecter à M@gistère, au Webmel et à I-Prof. Vous trouverez ci-joint une copie numérisée de ma carte d&apos;identité.

Pourriez-vous me communiquer mon NUMEN ?

Merci d&apos;avance,
{name}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="95"/>
        <source>Unknown NUMEN: ask your school&apos;s GEP manager (gestionnaire GEP), or your administrative manager at the rectorat.</source>
        <translation>NUMEN inconnu : demandez-le au gestionnaire GEP de votre établissement, ou à votre gestionnaire administratif au rectorat.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/numen_help.py" line="100"/>
        <source>Hello,

I do not know my NUMEN and need it to connect to M@gistère, Webmel and I-Prof. Could you tell me how to obtain it?

Thank you,
{name}</source>
        <translation>Bonjour,

Je ne connais pas mon NUMEN, dont j&apos;ai besoin pour me connecter à M@gistère, au Webmel et à I-Prof. Pourriez-vous me l&apos;indiquer, ou me dire comment l&apos;obtenir ?

Merci d&apos;avance,
{name}</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="30"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="33"/>
        <source>By default, your password is your NUMEN in capital letters. If the NUMEN does not work, you changed it: type the password you chose.</source>
        <translation>Par défaut, votre mot de passe est votre NUMEN en majuscules. Si le NUMEN ne fonctionne pas, c&apos;est que vous l&apos;avez changé : saisissez le mot de passe que vous aviez choisi.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="38"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="39"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="39"/>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="41"/>
        <source>Use the default password (my NUMEN in capitals)</source>
        <translation>Utiliser le mot de passe par défaut (mon NUMEN en majuscules)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="43"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="44"/>
        <source>Test the connection to the portal</source>
        <translation>Tester la connexion au portail</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="45"/>
        <source>I have forgotten my password: reset it</source>
        <translation>J&apos;ai oublié mon mot de passe : le réinitialiser</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="47"/>
        <source>Change my password now (strongly advised)</source>
        <translation>Changer mon mot de passe maintenant (fortement conseillé)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="51"/>
        <source>Also remember the password (only on a computer that is yours)</source>
        <translation>Mémoriser aussi le mot de passe (seulement sur un ordinateur personnel)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="58"/>
        <source>&amp;Identifiant:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="59"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="138"/>
        <source>This password was just refused; sending it again would count as one more failure. Type another one, or reset it.</source>
        <translation>Ce mot de passe vient d&apos;être refusé ; le renvoyer compterait un échec de plus. Saisissez-en un autre, ou réinitialisez-le.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="152"/>
        <source>Connection succeeded: {identifiant} and this password open M@gistère, Webmel and I-Prof.</source>
        <translation>Connexion réussie : {identifiant} et ce mot de passe ouvrent M@gistère, Webmel et I-Prof.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="157"/>
        <source>This is still the default password (your NUMEN): changing it is strongly advised.</source>
        <translation>C&apos;est encore le mot de passe par défaut (votre NUMEN) : il est fortement conseillé de le changer.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="191"/>
        <source>Remember my identifiant in this computer&apos;s keychain ({backend})</source>
        <translation>Mémoriser mon identifiant dans le trousseau de cet ordinateur ({backend})</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="202"/>
        <source>No keychain was found on this computer: nothing will be remembered. Write your identifiant down.</source>
        <translation>Aucun trousseau n&apos;a été trouvé sur cet ordinateur : rien ne sera mémorisé. Notez votre identifiant.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="208"/>
        <source>The keychain is protected by your session&apos;s password. Nothing else is saved.</source>
        <translation>Le trousseau est protégé par le mot de passe de votre session. Rien d&apos;autre n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/password.py" line="230"/>
        <source>The keychain refused to save. Write your identifiant down.</source>
        <translation>Le trousseau a refusé l&apos;enregistrement. Notez votre identifiant.</translation>
    </message>
</context>
<context>
    <name>ResetStepTwoPage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="18"/>
        <source>Reset your password, step 2/2</source>
        <translation>Réinitialiser votre mot de passe, étape 2/2</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="21"/>
        <source>Type your identifiant and your NUMEN. Your password will become your NUMEN in capitals again.</source>
        <translation>Saisissez votre identifiant et votre NUMEN. Votre mot de passe redeviendra votre NUMEN en majuscules.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="25"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="26"/>
        <source>NUMEN</source>
        <translation>NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="26"/>
        <source>Show the NUMEN</source>
        <translation>Afficher le NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="27"/>
        <source>Reset my password</source>
        <translation>Réinitialiser mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="29"/>
        <source>I do not know my identifiant: find it</source>
        <translation>Je ne connais pas mon identifiant : le retrouver</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="32"/>
        <source>&amp;Identifiant:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="33"/>
        <source>&amp;NUMEN:</source>
        <translation>N&amp;UMEN :</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="81"/>
        <source>Type your NUMEN first: it is needed to find your identifiant.</source>
        <translation>Saisissez d&apos;abord votre NUMEN : il faut le NUMEN pour retrouver votre identifiant.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="102"/>
        <source>Your identifiant is {identifiant}.</source>
        <translation>Votre identifiant est {identifiant}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/reset.py" line="126"/>
        <source>Done: your password is your NUMEN in capital letters again. Changing it now is strongly advised: that is the next page.</source>
        <translation>C&apos;est fait : votre mot de passe est de nouveau votre NUMEN en majuscules. Il est fortement conseillé de le modifier maintenant : c&apos;est la page suivante.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="56"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="37"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="92"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="93"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="94"/>
        <source>Stop the request</source>
        <translation>Arrêter la demande</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="105"/>
        <source>Open the page in the browser</source>
        <translation>Ouvrir la page dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="107"/>
        <source>Network diagnostics</source>
        <translation>Diagnostic réseau</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="109"/>
        <source>Check the network connection to the académie</source>
        <translation>Vérifier la connexion réseau vers l&apos;académie</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="112"/>
        <source>Save the page for the help desk</source>
        <translation>Enregistrer la page pour l&apos;assistance</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="115"/>
        <source>Saves the académie page that was not understood in your Documents folder, without your NUMEN or passwords, to send to the help desk.</source>
        <translation>Enregistre la page de l&apos;académie qui n&apos;a pas été comprise dans votre dossier Documents, sans votre NUMEN ni vos mots de passe, pour l&apos;envoyer à l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="149"/>
        <source>Contacting the académie…</source>
        <translation>Connexion au site de l&apos;académie…</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="198"/>
        <source>The page could not be saved in {folder}.</source>
        <translation>La page n&apos;a pas pu être enregistrée dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/widgets.py" line="205"/>
        <source>Page saved for the help desk: {file}</source>
        <translation>Page enregistrée pour l&apos;assistance : {file}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="14"/>
        <source>Connect to M@gistère</source>
        <translation>Se connecter à M@gistère</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="15"/>
        <source>This assistant follows the académie&apos;s help sheet, step by step.</source>
        <translation>Cet assistant suit pas à pas la fiche d&apos;aide de l&apos;académie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="18"/>
        <source>Have at hand: your first name, your last name (birth or married name) and your NUMEN. The same identifiant and password open M@gistère, Webmel and I-Prof.</source>
        <translation>Ayez sous la main : votre prénom, votre nom (patronymique ou marital) et votre NUMEN. Les mêmes identifiant et mot de passe ouvrent M@gistère, Webmel et I-Prof.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="25"/>
        <source>What is sent, and to whom: your last name and NUMEN, or your identifiant and password, go only to the académie&apos;s own sites ({sites}). Nothing is saved on this computer unless you ask for it.</source>
        <translation>Ce qui est envoyé, et à qui : votre nom et votre NUMEN, ou votre identifiant et votre mot de passe, vont uniquement aux sites de l&apos;académie ({sites}). Rien n&apos;est enregistré sur cet ordinateur sans votre accord.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="33"/>
        <source>I am looking for my identifiant</source>
        <translation>Je cherche mon identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="35"/>
        <source>I know my identifiant, I want to check my password</source>
        <translation>Je connais mon identifiant, je veux vérifier mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="37"/>
        <source>I have forgotten my password</source>
        <translation>J&apos;ai oublié mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/pages/welcome.py" line="38"/>
        <source>I do not know my NUMEN, or I have lost it</source>
        <translation>Je ne connais pas mon NUMEN, ou je l&apos;ai perdu</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="34"/>
        <source>This computer&apos;s keychain</source>
        <translation>Trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="145"/>
        <source>Secure connection trusted by this computer ({version}).</source>
        <translation>Connexion sécurisée reconnue par cet ordinateur ({version}).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="159"/>
        <source>The secure connection could not be set up.</source>
        <translation>La connexion sécurisée n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="181"/>
        <source>This computer does not trust the site&apos;s certificate: a network filter may be intercepting the connection, or the computer&apos;s clock is wrong.</source>
        <translation>Cet ordinateur ne reconnaît pas le certificat du site : un filtre réseau intercepte peut-être la connexion, ou l&apos;horloge de l&apos;ordinateur est fausse.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="201"/>
        <location filename="../../magistere_gui/sitecheck.py" line="170"/>
        <source>The page could not be loaded.</source>
        <translation>La page n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="212"/>
        <location filename="../../magistere_gui/sitecheck.py" line="246"/>
        <source>The site answers (HTTP {status}).</source>
        <translation>Le site répond (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="228"/>
        <source>This computer&apos;s clock is {minutes} minutes off the site&apos;s: correct the date and time, or secure connections will fail.</source>
        <translation>L&apos;horloge de cet ordinateur a {minutes} minutes d&apos;écart avec celle du site : corrigez la date et l&apos;heure, sinon les connexions sécurisées échoueront.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="241"/>
        <source>The computer&apos;s clock is right.</source>
        <translation>L&apos;horloge de l&apos;ordinateur est juste.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="264"/>
        <source>Goes through the proxy {proxy}.</source>
        <translation>Passe par le proxy {proxy}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="272"/>
        <source>Direct connection (no proxy).</source>
        <translation>Connexion directe (sans proxy).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="288"/>
        <source>The name {host} cannot be found (DNS): check the network connection.</source>
        <translation>Le nom {host} est introuvable (DNS) : vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="300"/>
        <source>Name found (DNS).</source>
        <translation>Nom trouvé (DNS).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="312"/>
        <source>The site cannot be reached (port {port}): a firewall may block it.</source>
        <translation>Le site est injoignable (port {port}) : un pare-feu le bloque peut-être.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="324"/>
        <source>The site can be reached.</source>
        <translation>Le site est joignable.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="344"/>
        <source>Keychain available: {backend}.</source>
        <translation>Trousseau disponible : {backend}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="352"/>
        <source>No keychain: the identifiant cannot be remembered on this computer.</source>
        <translation>Pas de trousseau : l&apos;identifiant ne peut pas être mémorisé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="373"/>
        <source>A proxy is set on this computer and the académie&apos;s sites cannot be reached through it. Tell your school&apos;s IT contact.</source>
        <translation>Un proxy est réglé sur cet ordinateur et les sites de l&apos;académie ne sont pas joignables par lui. Prévenez le référent informatique de votre établissement.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="380"/>
        <source>This computer does not reach the Internet. Check the cable or the Wi-Fi, then try again.</source>
        <translation>Cet ordinateur n&apos;accède pas à Internet. Vérifiez le câble ou le Wi-Fi, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="388"/>
        <source>This computer&apos;s clock is wrong: secure connections fail. Set the date and time, then try again.</source>
        <translation>L&apos;horloge de cet ordinateur est fausse : les connexions sécurisées échouent. Réglez la date et l&apos;heure, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="396"/>
        <source>A network filter (or the computer&apos;s clock) prevents a secure connection to the académie. Tell your school&apos;s IT contact.</source>
        <translation>Un filtre du réseau (ou l&apos;horloge de l&apos;ordinateur) empêche une connexion sécurisée à l&apos;académie. Prévenez le référent informatique de votre établissement.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="404"/>
        <source>The académie&apos;s site does not answer. Try again later, or open it in your browser.</source>
        <translation>Le site de l&apos;académie ne répond pas. Réessayez plus tard, ou ouvrez-le dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/diagnostics.py" line="409"/>
        <source>Everything looks right from this computer.</source>
        <translation>Tout semble correct depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="37"/>
        <source>Find your identifiant</source>
        <translation>Retrouver son identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="42"/>
        <source>Externet portal (login)</source>
        <translation>Portail externet (connexion)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="47"/>
        <source>Password reset, step 1/2</source>
        <translation>Réinitialisation du mot de passe, étape 1/2</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="53"/>
        <source>Password change</source>
        <translation>Changement du mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="59"/>
        <source>M@gistère</source>
        <translation>M@gistère</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="60"/>
        <source>Webmel</source>
        <translation>Webmel</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="61"/>
        <source>I-Prof</source>
        <translation>I-Prof</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="65"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="66"/>
        <source>NUMEN</source>
        <translation>NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="67"/>
        <source>security code</source>
        <translation>code de sécurité</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="68"/>
        <source>identifiant</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="69"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="70"/>
        <source>current password</source>
        <translation>mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="71"/>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="72"/>
        <source>new password again</source>
        <translation>nouveau mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="122"/>
        <source>No form of this step was recognised on the page.</source>
        <translation>Aucun formulaire de cette étape n&apos;est reconnu sur la page.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="129"/>
        <source>Form recognised (sent with {method}).</source>
        <translation>Formulaire reconnu (envoyé en {method}).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="149"/>
        <source>Security code image found.</source>
        <translation>Image du code de sécurité trouvée.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="151"/>
        <source>No security code image found.</source>
        <translation>Aucune image de code de sécurité trouvée.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="157"/>
        <source>Link for another code found.</source>
        <translation>Lien « autre code » trouvé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="159"/>
        <source>No link for another code: the page itself will be reloaded.</source>
        <translation>Pas de lien « autre code » : la page elle-même sera rechargée.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="191"/>
        <source>Field “{role}”: not recognised.</source>
        <translation>Champ « {role} » : non reconnu.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="201"/>
        <source>Field “{role}”: the name pinned in the profile (“{pinned}”) is not on the page; the field is now “{field}”. Update the profile.</source>
        <translation>Champ « {role} » : le nom fixé dans le profil (« {pinned} ») n&apos;est plus sur la page ; le champ s&apos;appelle maintenant « {field} ». Mettez le profil à jour.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="212"/>
        <source>Field “{role}”: “{field}”, by the name pinned in the profile.</source>
        <translation>Champ « {role} » : « {field} », par le nom fixé dans le profil.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="217"/>
        <source>Field “{role}”: “{field}”, by its label.</source>
        <translation>Champ « {role} » : « {field} », par son libellé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="220"/>
        <source>Field “{role}”: “{field}”, by its name only.</source>
        <translation>Champ « {role} » : « {field} », par son nom seulement (libellé non compris).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="256"/>
        <source>Verdict: every page is understood.</source>
        <translation>Résultat : toutes les pages sont comprises.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/sitecheck.py" line="260"/>
        <source>Verdict: {count} point(s) not understood. Update the site profile (see the README, “Site profiles”), or send this report to the help desk.</source>
        <translation>Résultat : {count} point(s) non compris. Mettez à jour le profil des sites (voir le README, « Site profiles »), ou envoyez ce rapport à l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="52"/>
        <source>Try again in a few minutes.</source>
        <extracomment>The page that was not understood, which the teacher may save for the help desk. Whether the network diagnostics can help (network, TLS or site trouble; not a refusal).</extracomment>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="55"/>
        <source>Try again in {minutes} minutes (around {time}).</source>
        <translation>Réessayez dans {minutes} minutes (vers {time}).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="83"/>
        <source>The académie says: “{message}”</source>
        <translation>Le site de l&apos;académie indique : « {message} »</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="98"/>
        <source>The académie site did not answer in time. Try again in a few minutes, or open the page in your browser.</source>
        <translation>Le site de l&apos;académie n&apos;a pas répondu à temps. Réessayez dans quelques minutes, ou ouvrez la page dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="106"/>
        <source>The secure connection to the académie failed: this computer does not trust the site&apos;s certificate. Check the computer&apos;s date and time; if they are right, tell your school&apos;s IT contact (a network filter may be in the way).</source>
        <translation>La connexion sécurisée au site de l&apos;académie a échoué : cet ordinateur ne reconnaît pas le certificat du site. Vérifiez la date et l&apos;heure de l&apos;ordinateur ; si elles sont justes, prévenez le référent informatique de l&apos;établissement (un filtre réseau peut être en cause).</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="116"/>
        <source>The académie site cannot be reached. Check that this computer is connected to the Internet, then try again.</source>
        <translation>Le site de l&apos;académie est injoignable. Vérifiez que l&apos;ordinateur est connecté à Internet, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="124"/>
        <source>This page asks to send your details to “{host}”, which is not an académie site. Nothing was sent there. Open the académie&apos;s own page in your browser, or ask your school&apos;s IT contact.</source>
        <translation>Cette page demande d&apos;envoyer vos informations à « {host} », qui n&apos;est pas un site de l&apos;académie. Rien n&apos;a été envoyé. Ouvrez la page de l&apos;académie dans votre navigateur, ou demandez au référent informatique de votre établissement.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="134"/>
        <source>The code image cannot be displayed. Ask for another code.</source>
        <translation>L&apos;image du code ne peut pas être affichée. Demandez un autre code.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="141"/>
        <source>The académie page does not look as expected (it may have changed). You can do this step yourself in your browser.</source>
        <translation>La page de l&apos;académie n&apos;a pas l&apos;aspect attendu (elle a peut-être changé). Vous pouvez faire cette étape vous-même dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="150"/>
        <source>The académie site is busy.</source>
        <translation>Le site de l&apos;académie est surchargé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="157"/>
        <source>The académie site reported an error (code {status}). Try again later, or open the page in your browser.</source>
        <translation>Le site de l&apos;académie signale une erreur (code {status}). Réessayez plus tard, ou ouvrez la page dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="165"/>
        <source>Your account is locked for a while after too many failed attempts. The program will not try again by itself.</source>
        <translation>Votre compte est verrouillé pour un moment après trop d&apos;essais infructueux. Le programme ne réessaiera pas de lui-même.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="173"/>
        <source>You can also reset your password now.</source>
        <translation>Vous pouvez aussi réinitialiser votre mot de passe dès maintenant.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="178"/>
        <source>The reset session has expired. Go back to step 1/2 for a new code.</source>
        <translation>La session de réinitialisation a expiré. Revenez à l&apos;étape 1/2 pour un nouveau code.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="186"/>
        <source>The code has expired. A new code is shown: type it in.</source>
        <translation>Le code a expiré. Un nouveau code est affiché : saisissez-le.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="192"/>
        <source>The code typed does not match. A new code is shown: type it in.</source>
        <translation>Le code saisi ne correspond pas. Un nouveau code est affiché : saisissez-le.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="200"/>
        <source>The identifiant and the NUMEN do not match. Check both, then try again.</source>
        <translation>L&apos;identifiant et le NUMEN ne correspondent pas. Vérifiez-les, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="207"/>
        <source>No account matches this name and NUMEN. Check the spelling of your last name (try your birth name or your married name) and your NUMEN.</source>
        <translation>Aucun compte ne correspond à ce nom et à ce NUMEN. Vérifiez l&apos;orthographe de votre nom (essayez votre nom patronymique ou marital) et votre NUMEN.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="217"/>
        <source>The current password is refused. Check it, then try again.</source>
        <translation>Le mot de passe actuel est refusé. Vérifiez-le, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="223"/>
        <source>Password refused. By default it is your NUMEN in capital letters; if that does not work, you changed it. If you have forgotten it, reset it.</source>
        <translation>Mot de passe refusé. Par défaut, c&apos;est votre NUMEN en majuscules ; s&apos;il ne fonctionne pas, c&apos;est que vous l&apos;avez changé. Si vous l&apos;avez oublié, réinitialisez-le.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="232"/>
        <source>The académie refuses this new password: {reason}</source>
        <translation>L&apos;académie refuse ce nouveau mot de passe : {reason}</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="236"/>
        <source>it does not follow the rules.</source>
        <translation>il ne respecte pas les règles.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/messages.py" line="241"/>
        <source>Something unexpected went wrong. Try again; if it happens again, open the page in your browser.</source>
        <translation>Un problème inattendu s&apos;est produit. Réessayez ; s&apos;il se reproduit, ouvrez la page dans le navigateur.</translation>
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
        <location filename="../../magistere_gui/rules.py" line="113"/>
        <source>other category</source>
        <translation>autre catégorie</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="133"/>
        <source>Type your NUMEN.</source>
        <translation>Saisissez votre NUMEN.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="137"/>
        <source>A NUMEN has 13 characters; you typed {count}.</source>
        <translation>Un NUMEN compte 13 caractères ; vous en avez saisi {count}.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="148"/>
        <source>Character {position} must be a digit: did you type the letter {letter} instead of the digit {digit}?</source>
        <translation>Le caractère n° {position} doit être un chiffre : avez-vous tapé la lettre {letter} au lieu du chiffre {digit} ?</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="162"/>
        <source>Character {position} must be a digit.</source>
        <translation>Le caractère n° {position} doit être un chiffre.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="172"/>
        <source>Character {position} must be a letter: did you type the digit 0 instead of the letter O?</source>
        <translation>Le caractère n° {position} doit être une lettre : avez-vous tapé le chiffre 0 au lieu de la lettre O ?</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="182"/>
        <source>Character {position} must be a letter.</source>
        <translation>Le caractère n° {position} doit être une lettre.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="214"/>
        <source>Extra spaces removed.</source>
        <translation>Espaces en trop supprimés.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="220"/>
        <source>Apostrophe replaced by a dash, as the académie asks.</source>
        <translation>Apostrophe remplacée par un tiret, comme le demande l&apos;académie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="226"/>
        <source>Space replaced by a dash, as the académie asks.</source>
        <translation>Espace remplacé par un tiret, comme le demande l&apos;académie.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="231"/>
        <source>Repeated dashes simplified.</source>
        <translation>Tirets répétés simplifiés.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="271"/>
        <source>Type your first name and last name to see a guess.</source>
        <translation>Saisissez votre prénom et votre nom pour voir une proposition.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="294"/>
        <source>Probable only: your name has several parts, so the académie may have kept them differently, and a number (1, 2, 3…) is added when someone else has the same name. Check it online with your NUMEN.</source>
        <translation>Seulement probable : votre nom a plusieurs parties, que l&apos;académie a pu garder autrement, et un chiffre (1, 2, 3…) est ajouté quand quelqu&apos;un d&apos;autre porte le même nom. Vérifiez-le en ligne avec votre NUMEN.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="303"/>
        <source>Probable only: a number (1, 2, 3…) is added when someone else in the académie has the same name. Check it online with your NUMEN.</source>
        <translation>Seulement probable : un chiffre (1, 2, 3…) est ajouté quand quelqu&apos;un d&apos;autre dans l&apos;académie porte le même nom. Vérifiez-le en ligne avec votre NUMEN.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="374"/>
        <source>At least {count} characters</source>
        <translation>Au moins {count} caractères</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="382"/>
        <source>At most {count} characters</source>
        <translation>Au plus {count} caractères</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="390"/>
        <source>At least {count} kinds among lower case, upper case, digits and symbols</source>
        <translation>Au moins {count} types parmi minuscules, majuscules, chiffres et symboles</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="400"/>
        <source>No accents and no spaces</source>
        <translation>Ni accent ni espace</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="405"/>
        <source>Does not contain your NUMEN</source>
        <translation>Ne contient pas votre NUMEN</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="410"/>
        <source>Does not contain your identifiant</source>
        <translation>Ne contient pas votre identifiant</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="418"/>
        <source>Different from the old password</source>
        <translation>Différent de l&apos;ancien mot de passe</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/rules.py" line="426"/>
        <source>Both entries are identical</source>
        <translation>Les deux saisies sont identiques</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="19"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="20"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="21"/>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="22"/>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="23"/>
        <source>Very strong</source>
        <translation>Très fort</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="28"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, en évitant les expressions courantes.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="29"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Pas besoin de symboles, de chiffres ni de majuscules.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="30"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont meilleurs.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="31"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches du clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="32"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les petits motifs de clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="33"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec plus de détours.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="34"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme « aaa » sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="35"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="38"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et caractères répétés.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="39"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="40"/>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="41"/>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="42"/>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="43"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous concernent.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="44"/>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="45"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et années qui vous concernent.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="46"/>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="47"/>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="48"/>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="49"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Il ressemble à un mot de passe très utilisé.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="50"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="51"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et noms seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="52"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et noms courants sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="53"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="54"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="55"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots à l&apos;envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../../magistere_gui/gui/strength.py" line="56"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme « @ » au lieu de « a » n&apos;aident pas beaucoup.</translation>
    </message>
</context>
</TS>
