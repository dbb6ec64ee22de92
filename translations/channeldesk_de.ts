<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+82"/>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record changes as this user (default: the operating-system user).</source>
        <translation>Änderungen unter diesem Benutzer erfassen (Standard: der Benutzer des Betriebssystems).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of messages, e.g. de (default: the system&apos;s).</source>
        <translation>Sprache der Meldungen, z. B. de (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output of lists: table (default), csv or json.</source>
        <translation>Ausgabe von Listen: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database as a shared file on a network drive (rollback journal instead of WAL). Without a command this also becomes the window&apos;s setting.</source>
        <translation>Die Datenbank als gemeinsam genutzte Datei auf einem Netzlaufwerk öffnen (Rollback-Journal statt WAL). Ohne Befehl wird dies auch zur Einstellung des Fensters.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Usage: %1 [options] &lt;command&gt; [arguments]</source>
        <translation>Aufruf: %1 [Optionen] &lt;Befehl&gt; [Argumente]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>       %1 [--db &lt;file&gt;] [--lang &lt;language&gt;] [--shared]    (opens the window)</source>
        <translation>        %1 [--db &lt;Datei&gt;] [--lang &lt;Sprache&gt;] [--shared]    (öffnet das Fenster)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ChannelDesk keeps the registry of channel partners and their customers.</source>
        <translation>ChannelDesk verwaltet das Verzeichnis der Vertriebspartner und ihrer Kunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+87"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+79"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>Mit &quot;%1 &lt;Befehl&gt; --help&quot; erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: %1 %2 [options] %3</source>
        <translation>Aufruf: %1 %2 [Optionen] %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no translation for &quot;%1&quot;; messages stay in English.</source>
        <translation>Für &quot;%1&quot; gibt es keine Übersetzung; die Meldungen bleiben englisch.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Mit &quot;%1 --help&quot; erhalten Sie die Befehle und Optionen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No command was given.</source>
        <translation>Es wurde kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>&quot;%1&quot; erwartet einen der folgenden Befehle: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &quot;%1 %2&quot;; &quot;%1&quot; takes one of: %3.</source>
        <translation>Unbekannter Befehl &quot;%1 %2&quot;; &quot;%1&quot; erwartet einen der folgenden Befehle: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the command &quot;%1&quot; before its arguments.</source>
        <translation>Geben Sie den Befehl &quot;%1&quot; vor seinen Argumenten an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>&quot;%1&quot; erwartet %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; does not take the argument &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; akzeptiert das Argument &quot;%2&quot; nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format: &quot;%1&quot; is not one of table, csv, json.</source>
        <translation>--format: &quot;%1&quot; ist keiner der Werte table, csv, json.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../app/cli/commandcontext.cpp" line="+67"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 liegt nicht zwischen %2 und %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a country; give an ISO code such as DE or FR, or an English name.</source>
        <translation>&quot;%1&quot; ist kein Land; geben Sie einen ISO-Code wie DE oder FR oder einen englischen Namen an.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../core/common/country.cpp" line="+24"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua and Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antarctica</source>
        <translation>Antarktis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Samoa</source>
        <translation>Amerikanisch-Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Ålandinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Darussalam</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Sint Eustatius und Saba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouvet Island</source>
        <translation>Bouvetinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Kokosinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Kongo, Demokratische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>Zentralafrikanische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Kongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Cookinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Weihnachtsinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Dschibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Westsahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fidschi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falklandinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia, Federated States of</source>
        <translation>Mikronesien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faroe Islands</source>
        <translation>Färöer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Gabun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Französisch-Guayana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenland</source>
        <translation>Grönland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Äquatorialguinea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Südgeorgien und die Südlichen Sandwichinseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heard Island and McDonald Islands</source>
        <translation>Heard und McDonaldinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isle of Man</source>
        <translation>Isle of Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Britisches Territorium im Indischen Ozean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Jordanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Kirgisistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Kambodscha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Komoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Kitts and Nevis</source>
        <translation>St. Kitts und Nevis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Nordkorea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Kaimaninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kasachstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Moldau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (französischer Teil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Marshallinseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>North Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Northern Mariana Islands</source>
        <translation>Nördliche Marianen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauretanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Malediven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Neukaledonien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Norfolkinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Französisch-Polynesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papua-Neuguinea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre und Miquelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitcairn</source>
        <translation>Pitcairninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestine, State of</source>
        <translation>Palästina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Federation</source>
        <translation>Russland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Salomonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>St. Helena, Ascension und Tristan da Cunha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard und Jan Mayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé und Príncipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten (niederländischer Teil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turks and Caicos Islands</source>
        <translation>Turks- und Caicosinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Tschad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Southern Territories</source>
        <translation>Französische Süd- und Antarktisgebiete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tadschikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tansania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States Minor Outlying Islands</source>
        <translation>Amerikanische Überseeinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holy See (Vatican City State)</source>
        <translation>Vatikanstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>St. Vincent und die Grenadinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virgin Islands, British</source>
        <translation>Britische Jungferninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, U.S.</source>
        <translation>Amerikanische Jungferninseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallis and Futuna</source>
        <translation>Wallis und Futuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Sambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Simbabwe</translation>
    </message>
    <message>
        <location filename="../core/common/iban.cpp" line="+43"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="+173"/>
        <source>The file ends in the middle of a UTF-16 character.</source>
        <translation>Die Datei endet mitten in einem UTF-16-Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A quoted field is never closed; a closing quote (&quot;) is missing.</source>
        <translation>Ein Feld in Anführungszeichen wird nicht geschlossen; ein schließendes Anführungszeichen (&quot;) fehlt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file is in UTF-32, which is not supported; save it as UTF-8.</source>
        <translation>Die Datei ist in UTF-32 kodiert, das nicht unterstützt wird; speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is a spreadsheet workbook, not a CSV file; save it as &quot;CSV UTF-8&quot; in the spreadsheet program first.</source>
        <translation>Dies ist eine Tabellenkalkulationsmappe, keine CSV-Datei; speichern Sie sie zuerst im Tabellenkalkulationsprogramm als &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The text is not valid UTF-16; save the file as UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-16; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A field is longer than %1 MiB; probably a closing quote (&quot;) is missing.</source>
        <translation>Ein Feld ist länger als %1 MiB; wahrscheinlich fehlt ein schließendes Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Out of memory while reading a field.</source>
        <translation>Nicht genug Arbeitsspeicher beim Lesen eines Feldes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A quote (&quot;) inside a field that does not start with a quote; enclose the field in quotes and double the quote (&quot;&quot;).</source>
        <translation>Ein Anführungszeichen (&quot;) steht in einem Feld, das nicht mit einem Anführungszeichen beginnt; setzen Sie das Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected text after a closing quote (&quot;); a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Unerwarteter Text nach einem schließenden Anführungszeichen (&quot;); ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The text contains a NUL character; it is not a text file, or it is UTF-16 without a byte order mark. Save the file as UTF-8.</source>
        <translation>Der Text enthält ein NUL-Zeichen; es ist keine Textdatei, oder sie ist UTF-16 ohne Byte-Order-Mark. Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text is not valid UTF-8; save the file as UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <comment>programming error</comment>
        <translation>Das CSV-Trennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/io/csvwriter.cpp" line="+89"/>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <comment>programming error</comment>
        <translation>Das CSV-Trennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <location filename="../core/customers/customerstore.cpp" line="+30"/>
        <source>Customer %1 was changed by someone else since you opened it.</source>
        <translation>Kunde %1 wurde von jemand anderem geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The name is required.</source>
        <translation>Der Name ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code (for example DE, FR, US).</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 Alpha-2 (zum Beispiel DE, FR, US).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no customer with the code %1.</source>
        <translation>Es gibt keinen Kunden mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(direct)</source>
        <translation>(direkt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no partner with id %1.</source>
        <translation>Es gibt keinen Partner mit der ID %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+69"/>
        <source>The code %1 is already used by another customer.</source>
        <translation>Die Nummer %1 wird bereits von einem anderen Kunden verwendet.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The code cannot be empty.</source>
        <translation>Die Nummer darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>CustomersCommands</name>
    <message>
        <location filename="../app/cli/customerscommands.cpp" line="+36"/>
        <source>List customers, filtered and sorted.</source>
        <translation>Kunden auflisten, gefiltert und sortiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show at most this many customers (default 100; 0 = all).</source>
        <translation>Höchstens so viele Kunden anzeigen (Standard 100; 0 = alle).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move a customer to another partner, or make it a direct customer.</source>
        <translation>Einen Kunden einem anderen Partner zuordnen oder zum Direktkunden machen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code of the new partner.</source>
        <translation>Die Nummer des neuen Partners.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Make it a direct customer, without a partner.</source>
        <translation>Zum Direktkunden machen, ohne Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for the history.</source>
        <translation>Der Grund, für den Verlauf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words that code, name or city start with.</source>
        <translation>Wörter, mit denen Nummer, Name oder Ort beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers of the partner with this code.</source>
        <translation>Nur Kunden des Partners mit dieser Nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only direct customers, without a partner.</source>
        <translation>Nur Direktkunden, ohne Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers in this country, e.g. DE.</source>
        <translation>Nur Kunden in diesem Land, z. B. DE.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this segment, e.g. SMB or Enterprise.</source>
        <translation>Nur dieses Segment, z. B. SMB oder Enterprise.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived customers instead of current ones.</source>
        <translation>Archivierte statt aktueller Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by one of: %1 (default name).</source>
        <translation>Sortieren nach einem von: %1 (Standard: name).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descending order.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give either --partner or --direct, not both.</source>
        <translation>Geben Sie entweder --partner oder --direct an, nicht beides.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; is not a column; use one of %2.</source>
        <translation>&quot;%1&quot; ist keine Spalte; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner name</source>
        <translation>Partnername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Showing the first %L1 customers; use --limit to see more (0 = all).</source>
        <translation>Die ersten %L1 Kunden werden angezeigt; mit --limit sehen Sie mehr (0 = alle).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the new partner with --partner CODE, or --direct for a direct customer.</source>
        <translation>Geben Sie den neuen Partner mit --partner NUMMER an oder --direct für einen Direktkunden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer %1 (%2) now belongs to partner %3 (%4).</source>
        <translation>Kunde %1 (%2) gehört jetzt zu Partner %3 (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer %1 (%2) is now a direct customer.</source>
        <translation>Kunde %1 (%2) ist jetzt ein Direktkunde.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/db/database.cpp" line="+146"/>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file does not exist.</source>
        <translation>Die Datenbankdatei ist nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a folder, not a database file.</source>
        <translation>Dies ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder for the database.</source>
        <translation>Der Ordner für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not a ChannelDesk database (%1).</source>
        <translation>Diese Datei ist keine ChannelDesk-Datenbank (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This SQLite file is not a ChannelDesk database; it was left unchanged.</source>
        <translation>Diese SQLite-Datei ist keine ChannelDesk-Datenbank; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database was written by a newer version of ChannelDesk (schema %1; this version knows up to %2). Please update ChannelDesk; the file was left unchanged.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von ChannelDesk geschrieben (Schema %1; diese Version kennt bis %2). Bitte aktualisieren Sie ChannelDesk; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot read migration %1.</source>
        <translation>Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+53"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Die Sicherung kann nicht die Datenbank selbst überschreiben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the backup file: %1</source>
        <translation>Die Sicherungsdatei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot start the backup: %1</source>
        <translation>Die Sicherung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot move the backup into place.</source>
        <translation>Die Sicherung kann nicht an ihren Zielort verschoben werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>foreign key: table %1 row %2 refers to a missing row in %3</source>
        <translation>Fremdschlüssel: Tabelle %1, Zeile %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>search index %1: %2</source>
        <translation>Suchindex %1: %2</translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <location filename="../app/cli/dbcommands.cpp" line="+14"/>
        <source>Copy the database to a file, safely while others work in it.</source>
        <translation>Die Datenbank in eine Datei kopieren, sicher auch während andere damit arbeiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the backup file if it exists.</source>
        <translation>Die Sicherungsdatei ersetzen, falls sie vorhanden ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the database for damage; exit code 1 when there is any.</source>
        <translation>Die Datenbank auf Schäden prüfen; Exit-Code 1, wenn welche gefunden werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the backup file with --out FILE.</source>
        <translation>Geben Sie die Sicherungsdatei mit --out DATEI an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file exists; use --force to replace it.</source>
        <translation>Die Datei ist bereits vorhanden; ersetzen Sie sie mit --force.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up %1 to %2.</source>
        <translation>%1 wurde nach %2 gesichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no problems found.</source>
        <translation>%1: keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: %n Problem gefunden.</numerusform>
            <numerusform>%1: %n Probleme gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+22"/>
        <source>Fill the database with generated demo partners and customers.</source>
        <translation>Die Datenbank mit erzeugten Demo-Partnern und -Kunden füllen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many partners (default 1000).</source>
        <translation>Wie viele Partner (Standard 1000).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>How many customers (default 5000).</source>
        <translation>Wie viele Kunden (Standard 5000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start of the random sequence; the same seed gives the same data.</source>
        <translation>Startwert der Zufallsfolge; derselbe Startwert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add demo data even though the database already has partners.</source>
        <translation>Demodaten hinzufügen, auch wenn die Datenbank bereits Partner enthält.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database already holds %L1 partners; demo data would mix with them. Use --force to add it anyway, or give another file with --db.</source>
        <translation>Die Datenbank enthält bereits %L1 Partner; die Demodaten würden sich mit ihnen vermischen. Fügen Sie sie mit --force trotzdem hinzu, oder geben Sie mit --db eine andere Datei an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generating</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added %1 partners with %2 contacts and %3 customers to %4 in %5 s.</source>
        <translation>%1 Partner mit %2 Ansprechpartnern und %3 Kunden in %5 s zu %4 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+670"/>
        <source>The demo data generation was cancelled.</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+535"/>
        <source>The number of partners and customers cannot be negative.</source>
        <translation>Die Anzahl der Partner und Kunden darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../core/common/error.h" line="+50"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/io/exporter.cpp" line="+64"/>
        <source>The file could not be created: %1</source>
        <translation>Die Datei konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+28"/>
        <location line="+127"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>FieldEditCommand</name>
    <message>
        <location filename="../ui/editors/fieldeditcommand.cpp" line="+15"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ImportExportCommands</name>
    <message>
        <location filename="../app/cli/importexportcommands.cpp" line="+21"/>
        <source>Import nothing when any row has a problem (the default).</source>
        <translation>Nichts importieren, wenn eine Zeile ein Problem hat (Standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the good rows and skip those with problems.</source>
        <translation>Die fehlerfreien Zeilen importieren und die mit Problemen überspringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which file column goes to which field, where the suggestion is wrong: &quot;File header=field,...&quot;; an empty field ignores the column.</source>
        <translation>Welche Spalte der Datei in welches Feld kommt, wo der Vorschlag falsch ist: &quot;Spaltenkopf=Feld,...&quot;; ein leeres Feld lässt die Spalte aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not &quot;File header=field&quot;.</source>
        <translation>&quot;%1&quot; hat nicht die Form &quot;Spaltenkopf=Feld&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import partners (and their first contact) from a CSV file.</source>
        <translation>Partner (und ihren ersten Ansprechpartner) aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts of existing partners from a CSV file.</source>
        <translation>Ansprechpartner bestehender Partner aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import customers from a CSV file.</source>
        <translation>Kunden aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write partners to a CSV file that import reads back.</source>
        <translation>Partner in eine CSV-Datei schreiben, die der Import wieder einlesen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the contacts of the matching partners to a CSV file.</source>
        <translation>Die Ansprechpartner der passenden Partner in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write customers to a CSV file that import reads back.</source>
        <translation>Kunden in eine CSV-Datei schreiben, die der Import wieder einlesen kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give either --all-or-nothing or --good-rows, not both.</source>
        <translation>Geben Sie entweder --all-or-nothing oder --good-rows an, nicht beides.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file does not exist.</source>
        <translation>Die Datei ist nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file has no column &quot;%1&quot;; its columns are: %2.</source>
        <translation>Die Datei hat keine Spalte &quot;%1&quot;; ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imported %1 of %2 rows from %3.</source>
        <translation>%1 von %2 Zeilen aus %3 importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row problem(s); those rows were skipped.</source>
        <translation>
            <numerusform>%n Problem in einer Zeile; diese Zeile wurde übersprungen.</numerusform>
            <numerusform>%n Probleme in Zeilen; diese Zeilen wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing was imported: %n problem(s). Fix them, or use --good-rows to import the other rows.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Problem. Beheben Sie es, oder importieren Sie mit --good-rows die übrigen Zeilen.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Probleme. Beheben Sie sie, oder importieren Sie mit --good-rows die übrigen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+38"/>
        <source>Give the file to write with --out FILE.</source>
        <translation>Geben Sie die zu schreibende Datei mit --out DATEI an.</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+38"/>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 Ansprechpartner nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 partners to %2.</source>
        <translation>%1 Partner nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exported %1 customers to %2.</source>
        <translation>%1 Kunden nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/io/importer.cpp" line="+38"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is a company</source>
        <translation>Ist eine Firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+64"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business nature</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control account</source>
        <translation>Sammelkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank name</source>
        <translation>Name der Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight override</source>
        <translation>Abweichende Gewichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account manager</source>
        <translation>Partnerbetreuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact name</source>
        <translation>Name des Ansprechpartners</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Related company (makes the row a contact)</source>
        <translation>Zugehörige Firma (macht die Zeile zum Ansprechpartner)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Partner code</source>
        <translation>Partnernummer</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>Partner name</source>
        <translation>Partnername</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Primary contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>The row has %1 fields but the header only %2 columns; a delimiter or quote is probably missing.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber nur %2 Spalten; wahrscheinlich fehlt ein Trennzeichen oder ein Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The code %1 is already used on line %2 of this file.</source>
        <translation>Die Nummer %1 wird bereits in Zeile %2 dieser Datei verwendet.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+112"/>
        <location line="+151"/>
        <location line="+10"/>
        <location line="+57"/>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>&quot;%1&quot; is not a partner kind; use one of %2.</source>
        <translation>„%1“ ist keine Partnerart; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+277"/>
        <source>&quot;%1&quot; is not a country; give an ISO code such as DE or the country&apos;s name.</source>
        <translation>„%1“ ist kein Land; geben Sie einen ISO-Code wie DE oder den Namen des Landes an.</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a status; use one of %2.</source>
        <translation>„%1“ ist kein Status; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no level named &quot;%1&quot;.</source>
        <translation>Es gibt keine Stufe namens „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no activation named &quot;%1&quot;.</source>
        <translation>Es gibt keine Aktivierung namens „%1“.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The code %1 is already used by a partner in the database.</source>
        <translation>Die Nummer %1 wird in der Datenbank bereits von einem Partner verwendet.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no partner named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Partner namens „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Several partners are named &quot;%1&quot;; give the partner&apos;s code instead.</source>
        <translation>Mehrere Partner heißen „%1“; geben Sie stattdessen die Nummer des Partners an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no partner with the code %1.</source>
        <translation>Es gibt keinen Partner mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The row names no partner; give the partner&apos;s code or exact name.</source>
        <translation>Die Zeile nennt keinen Partner; geben Sie die Nummer oder den genauen Namen des Partners an.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The code %1 is already used by a customer in the database.</source>
        <translation>Die Nummer %1 wird in der Datenbank bereits von einem Kunden verwendet.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Several companies in this file are named &quot;%1&quot;.</source>
        <translation>Mehrere Firmen in dieser Datei heißen „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company &quot;%1&quot; on line %2 is not imported, so neither is its contact.</source>
        <translation>Die Firma „%1“ in Zeile %2 wird nicht importiert, daher auch nicht ihr Ansprechpartner.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field.</source>
        <translation>Die Spalte „%1“ ist „%2“ zugeordnet, das kein Feld ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; are both imported as %3; choose one.</source>
        <translation>Die Spalten „%1“ und „%2“ werden beide als %3 importiert; wählen Sie eine aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No column is imported as %1; the file needs one.</source>
        <translation>Keine Spalte wird als %1 importiert; die Datei braucht eine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No column is imported as %1 or %2; each contact needs its partner.</source>
        <translation>Keine Spalte wird als %1 oder %2 importiert; jeder Ansprechpartner braucht seinen Partner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is empty; it needs a header row with the column names.</source>
        <translation>Die Datei ist leer; sie braucht eine Kopfzeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>LookupStore</name>
    <message>
        <location filename="../core/partners/lookups.cpp" line="+14"/>
        <source>This entry was changed by someone else. Reload it and try again.</source>
        <translation>Dieser Eintrag wurde von jemand anderem geändert. Laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name &quot;%1&quot; is already used.</source>
        <translation>Der Name „%1“ wird bereits verwendet.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The level needs a name.</source>
        <translation>Die Stufe braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weight cannot be negative.</source>
        <translation>Die Gewichtung darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The activation needs a name.</source>
        <translation>Die Aktivierung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The area needs a name.</source>
        <translation>Das Gebiet braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The user needs a login.</source>
        <translation>Der Benutzer braucht einen Anmeldenamen.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n partner(s) still use this entry; change them first.</source>
        <translation>
            <numerusform>%n Partner verwendet diesen Eintrag noch; ändern Sie ihn zuerst.</numerusform>
            <numerusform>%n Partner verwenden diesen Eintrag noch; ändern Sie diese zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Partner</name>
    <message>
        <location filename="../core/partners/partner.cpp" line="+28"/>
        <source>The name is required.</source>
        <translation>Der Name ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is longer than 200 characters.</source>
        <translation>Der Name ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code (for example DE, FR, US).</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 Alpha-2 (zum Beispiel DE, FR, US).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Geben Sie Breiten- und Längengrad an oder keines von beiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation>Der Breitengrad muss zwischen -90 und 90 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation>Der Längengrad muss zwischen -180 und 180 liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A suspension needs a reason.</source>
        <translation>Eine Sperrung braucht einen Grund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weight cannot be negative.</source>
        <translation>Die Gewichtung darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contact&apos;s name is required.</source>
        <translation>Der Name des Ansprechpartners ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dealer</source>
        <translation>Händler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Vertreter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message>
        <location filename="../core/partners/partnerstore.cpp" line="+187"/>
        <source>There is no partner with id %1.</source>
        <translation>Es gibt keinen Partner mit der ID %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no partner with the code %1.</source>
        <translation>Es gibt keinen Partner mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not find a free account number.</source>
        <translation>Es wurde keine freie Kontonummer gefunden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+60"/>
        <source>The code %1 is already used by another partner.</source>
        <translation>Die Nummer %1 wird bereits von einem anderen Partner verwendet.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The code cannot be empty.</source>
        <translation>Die Nummer darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partner %1 was changed by someone else (by %2) since you opened it.</source>
        <translation>Partner %1 wurde von jemand anderem (%2) geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+40"/>
        <source>Partner %1 was changed by someone else since you opened it.</source>
        <translation>Partner %1 wurde von jemand anderem geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+60"/>
        <source>The contact no longer exists.</source>
        <translation>Den Ansprechpartner gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+60"/>
        <source>Contact %1 was changed by someone else since you opened it.</source>
        <translation>Ansprechpartner %1 wurde von jemand anderem geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
</context>
<context>
    <name>PartnersCommands</name>
    <message>
        <location filename="../app/cli/partnerscommands.cpp" line="+58"/>
        <source>List partners, filtered and sorted.</source>
        <translation>Partner auflisten, gefiltert und sortiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show at most this many partners (default 100; 0 = all).</source>
        <translation>Höchstens so viele Partner anzeigen (Standard 100; 0 = alle).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show one partner: profile, contacts and history.</source>
        <translation>Einen Partner anzeigen: Profil, Ansprechpartner und Verlauf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>CODE</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Archive a partner.</source>
        <translation>Einen Partner archivieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, for the partner&apos;s history.</source>
        <translation>Der Grund, für den Verlauf des Partners.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Bring an archived partner back.</source>
        <translation>Einen archivierten Partner wiederherstellen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Words that code, names, city, area or contacts start with.</source>
        <translation>Wörter, mit denen Nummer, Namen, Ort, Gebiet oder Ansprechpartner beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this kind: dealer, reseller, distributor or agent.</source>
        <translation>Nur diese Art: dealer, reseller, distributor oder agent.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this status: active, inactive or suspended.</source>
        <translation>Nur dieser Status: active, inactive oder suspended.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners of this level, e.g. Gold.</source>
        <translation>Nur Partner dieser Stufe, z. B. Gold.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Only partners in this country, e.g. DE.</source>
        <translation>Nur Partner in diesem Land, z. B. DE.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners in this area.</source>
        <translation>Nur Partner in diesem Gebiet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners of this account manager.</source>
        <translation>Nur Partner dieses Partnerbetreuers.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived partners instead of current ones.</source>
        <translation>Archivierte statt aktueller Partner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by one of: %1 (default name).</source>
        <translation>Sortieren nach einem von: %1 (Standard: name).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descending order.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a kind; use dealer, reseller, distributor or agent.</source>
        <translation>&quot;%1&quot; ist keine Art; verwenden Sie dealer, reseller, distributor oder agent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a status; use active, inactive or suspended.</source>
        <translation>&quot;%1&quot; ist kein Status; verwenden Sie active, inactive oder suspended.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no level &quot;%1&quot;.</source>
        <translation>Es gibt keine Stufe &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no area &quot;%1&quot;.</source>
        <translation>Es gibt kein Gebiet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a column; use one of %2.</source>
        <translation>&quot;%1&quot; ist keine Spalte; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+100"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <location line="+98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+100"/>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+100"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+104"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+105"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+109"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+110"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+103"/>
        <source>Account manager</source>
        <translation>Partnerbetreuer</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+125"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+120"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Showing the first %L1 partners; use --limit to see more (0 = all).</source>
        <translation>Die ersten %L1 Partner werden angezeigt; mit --limit sehen Sie mehr (0 = alle).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status since</source>
        <translation>Status seit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight override</source>
        <translation>Abweichende Gewichtung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control account</source>
        <translation>Sammelkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Partner %1 (%2) is already archived.</source>
        <translation>Partner %1 (%2) ist bereits archiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner %1 (%2) is not archived.</source>
        <translation>Partner %1 (%2) ist nicht archiviert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archived partner %1 (%2).</source>
        <translation>Partner %1 (%2) archiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored partner %1 (%2).</source>
        <translation>Partner %1 (%2) wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ProgressBar</name>
    <message>
        <location filename="../app/cli/progressbar.cpp" line="+49"/>
        <source>%1 / %2</source>
        <extracomment>Progress: done of total, e.g. &quot;12,000 / 1,000,000&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>TimelineEvent</name>
    <message>
        <location filename="../core/timeline/timelinestore.cpp" line="+15"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business nature</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control account</source>
        <translation>Sammelkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead weight override</source>
        <translation>Abweichende Lead-Gewichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account manager</source>
        <translation>Partnerbetreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 von %2 in %3 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status changed from %1 to %2</source>
        <translation>Status von %1 in %2 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored from the archive</source>
        <translation>Aus dem Archiv wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact %1 added</source>
        <translation>Ansprechpartner %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact %1: %2 changed from %3 to %4</source>
        <translation>Ansprechpartner %1: %2 von %3 in %4 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact %1 removed</source>
        <translation>Ansprechpartner %1 entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer %1 assigned</source>
        <translation>Kunde %1 zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer %1 moved to another partner</source>
        <translation>Kunde %1 einem anderen Partner zugeordnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary partner changed from %1 to %2</source>
        <translation>Zuständiger Partner von %1 in %2 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/common/accountnumber.cpp" line="+56"/>
        <source>The account number is empty.</source>
        <translation>Die Kontonummer ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account number starts with a space.</source>
        <translation>Die Kontonummer beginnt mit einem Leerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account number ends with a space.</source>
        <translation>Die Kontonummer endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account number has at most %1 characters; this one has %2.</source>
        <translation>Eine Kontonummer hat höchstens %1 Zeichen; diese hat %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The character %1 at position %2 is not allowed in an account number; use letters A to Z, digits and - _ . / only.</source>
        <translation>Das Zeichen %1 an Position %2 ist in einer Kontonummer nicht erlaubt; verwenden Sie nur die Buchstaben A bis Z, Ziffern und - _ . /.</translation>
    </message>
    <message>
        <location filename="../core/common/bic.cpp" line="+31"/>
        <source>The character %1 at position %2 is not allowed; a BIC has only the letters A to Z and the digits 0 to 9.</source>
        <translation>Das Zeichen %1 an Position %2 ist nicht erlaubt; eine BIC besteht nur aus den Buchstaben A bis Z und den Ziffern 0 bis 9.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The BIC is empty.</source>
        <translation>Die BIC ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A BIC has 8 or 11 characters; this one has %1.</source>
        <translation>Eine BIC hat 8 oder 11 Zeichen; diese hat %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first four characters of a BIC are the bank code and are letters; “%1” in “%2” is a digit.</source>
        <translation>Die ersten vier Zeichen einer BIC sind der Bankcode und bestehen aus Buchstaben; „%1“ in „%2“ ist eine Ziffer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Characters 5 and 6 of a BIC are the bank&apos;s country; “%1” is not an ISO 3166 country code.</source>
        <translation>Die Zeichen 5 und 6 einer BIC geben das Land der Bank an; „%1“ ist kein Ländercode nach ISO 3166.</translation>
    </message>
    <message>
        <location filename="../core/common/decimal.cpp" line="+89"/>
        <source>The percentage has no number before the “%”.</source>
        <translation>Vor dem „%“ steht keine Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rate is empty.</source>
        <translation>Der Satz ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write rates with a dot before the decimals; “%1” has a comma at position %2.</source>
        <translation>Schreiben Sie Sätze mit einem Punkt vor den Dezimalstellen; „%1“ hat an Position %2 ein Komma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The character %1 at position %2 is not allowed in a rate; write it as 12.5% or 0.125.</source>
        <translation>Das Zeichen %1 an Position %2 ist in einem Satz nicht erlaubt; schreiben Sie ihn als 12.5% oder 0.125.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate “%1” has no digits.</source>
        <translation>Der Satz „%1“ enthält keine Ziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A percentage has at most %1 decimal places; “%2” has %3.</source>
        <translation>Ein Prozentwert hat höchstens %1 Dezimalstellen; „%2“ hat %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rate has at most %1 decimal places; “%2” has %3.</source>
        <translation>Ein Satz hat höchstens %1 Dezimalstellen; „%2“ hat %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rate “%1” is too large; the largest is %2.</source>
        <translation>Der Satz „%1“ ist zu groß; der größte Wert ist %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../core/common/money.cpp" line="+35"/>
        <source>An amount without a valid currency cannot be used in a calculation.</source>
        <translation>Ein Betrag ohne gültige Währung kann nicht in einer Berechnung verwendet werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../core/common/money.cpp" line="+17"/>
        <source>The result is too large for an amount in %1.</source>
        <translation>Das Ergebnis ist zu groß für einen Betrag in %1.</translation>
    </message>
    <message>
        <location filename="../core/common/email.cpp" line="+33"/>
        <source>The character %1 at position %2 is not allowed in an email address.</source>
        <translation>Das Zeichen %1 an Position %2 ist in einer E-Mail-Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The email address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address cannot contain spaces; there is one at position %1.</source>
        <translation>Eine E-Mail-Adresse darf keine Leerzeichen enthalten; an Position %1 steht eines.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An email address has at most %1 characters; this one has %2.</source>
        <translation>Eine E-Mail-Adresse hat höchstens %1 Zeichen; diese hat %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An email address needs an “@” between the name and the domain.</source>
        <translation>Eine E-Mail-Adresse braucht ein „@“ zwischen Name und Domain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An email address has one “@”; this one has %1.</source>
        <translation>Eine E-Mail-Adresse hat genau ein „@“; diese hat %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing before the “@”.</source>
        <translation>Vor dem „@“ steht nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the “@” has at most %1 characters; this one has %2.</source>
        <translation>Der Teil vor dem „@“ hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The part before the “@” cannot start or end with a dot or have two dots in a row.</source>
        <translation>Der Teil vor dem „@“ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no domain after the “@”.</source>
        <translation>Nach dem „@“ fehlt die Domain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The domain “%1” has no dot; a full domain looks like example.com.</source>
        <translation>Die Domain „%1“ enthält keinen Punkt; eine vollständige Domain sieht aus wie example.com.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The domain “%1” has an empty part: it starts or ends with a dot or has two dots in a row.</source>
        <translation>Die Domain „%1“ hat einen leeren Teil: sie beginnt oder endet mit einem Punkt oder enthält zwei Punkte hintereinander.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part “%1” of the domain cannot start or end with a hyphen.</source>
        <translation>Der Teil „%1“ der Domain darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part “%1” of the domain has more than %2 characters.</source>
        <translation>Der Teil „%1“ der Domain hat mehr als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The domain “%1” ends in a number; it should end in a name such as com or de.</source>
        <translation>Die Domain „%1“ endet mit einer Zahl; sie sollte mit einem Namen wie com oder de enden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain “%1” ends in “%2”, which is too short to be a top-level domain such as com or de.</source>
        <translation>Die Domain „%1“ endet mit „%2“; das ist zu kurz für eine Top-Level-Domain wie com oder de.</translation>
    </message>
    <message>
        <location filename="../core/common/iban.cpp" line="+91"/>
        <source>The character %1 at position %2 is not allowed; an IBAN has only the letters A to Z and the digits 0 to 9.</source>
        <translation>Das Zeichen %1 an Position %2 ist nicht erlaubt; eine IBAN besteht nur aus den Buchstaben A bis Z und den Ziffern 0 bis 9.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IBAN is empty.</source>
        <translation>Die IBAN ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IBAN starts with a two-letter country code; “%1” is not one.</source>
        <translation>Eine IBAN beginnt mit einem zweistelligen Ländercode; „%1“ ist keiner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not use IBANs; it is not in the IBAN registry.</source>
        <translation>Das Land %1 verwendet keine IBAN; es ist nicht im IBAN-Register verzeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a country code, so this is not an IBAN.</source>
        <translation>„%1“ ist kein Ländercode, daher ist dies keine IBAN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An IBAN from %1 has %2 characters; this one has %3.</source>
        <translation>Eine IBAN des Landes %1 hat %2 Zeichen; diese hat %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters 3 and 4 of an IBAN are check digits; “%1” is not a number.</source>
        <translation>Die Zeichen 3 und 4 einer IBAN sind die Prüfziffern; „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IBAN check digits are between 02 and 98; “%1” is never used.</source>
        <translation>IBAN-Prüfziffern liegen zwischen 02 und 98; „%1“ kommt nie vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IBAN check digits do not match (mod-97 remainder is %1, expected 1); a character is probably mistyped or swapped.</source>
        <translation>Die IBAN-Prüfziffern stimmen nicht (Rest modulo 97 ist %1, erwartet 1); wahrscheinlich ist ein Zeichen falsch eingegeben oder vertauscht.</translation>
    </message>
    <message>
        <location filename="../core/common/money.cpp" line="-13"/>
        <source>Cannot subtract an amount in %2 from one in %1; convert it first.</source>
        <translation>Ein Betrag in %2 kann nicht von einem Betrag in %1 abgezogen werden; rechnen Sie ihn zuerst um.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot add amounts in different currencies (%1 and %2); convert one first.</source>
        <translation>Beträge in verschiedenen Währungen (%1 und %2) können nicht addiert werden; rechnen Sie zuerst einen um.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The currency is missing.</source>
        <translation>Die Währung fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A currency is a three-letter ISO 4217 code in capitals such as EUR or USD; “%1” is not.</source>
        <translation>Eine Währung ist ein dreistelliger ISO-4217-Code in Großbuchstaben wie EUR oder USD; „%1“ ist keiner.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The amount is empty.</source>
        <translation>Der Betrag ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write amounts with a dot before the decimals and without thousands separators; “%1” has a comma at position %2.</source>
        <translation>Schreiben Sie Beträge mit einem Punkt vor den Dezimalstellen und ohne Tausendertrennzeichen; „%1“ hat an Position %2 ein Komma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character %1 at position %2 is not allowed in an amount; write digits with an optional sign and a dot before the decimals, as in -1234.50.</source>
        <translation>Das Zeichen %1 an Position %2 ist in einem Betrag nicht erlaubt; schreiben Sie Ziffern mit optionalem Vorzeichen und einem Punkt vor den Dezimalstellen, wie in -1234.50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount “%1” has no digits.</source>
        <translation>Der Betrag „%1“ enthält keine Ziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts in %1 have no decimal places; “%2” has %3.</source>
        <translation>Beträge in %1 haben keine Dezimalstellen; „%2“ hat %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts in %1 have at most %2 decimal places; “%3” has %4.</source>
        <translation>Beträge in %1 haben höchstens %2 Dezimalstellen; „%3“ hat %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount “%1” is too large; amounts in %2 go up to %3.</source>
        <translation>Der Betrag „%1“ ist zu groß; Beträge in %2 reichen bis %3.</translation>
    </message>
</context>
<context>
    <name>cd::ConflictDialog</name>
    <message>
        <location filename="../ui/editors/conflictdialog.cpp" line="+11"/>
        <location line="+1"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Reload shows their version and discards your changes. Overwrite saves your values over theirs.</source>
        <translation>%1

„Neu laden“ zeigt die andere Fassung und verwirft Ihre Änderungen. „Überschreiben“ speichert Ihre Werte anstelle der anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
</context>
<context>
    <name>cd::ContactDialog</name>
    <message>
        <location filename="../ui/editors/contactdialog.cpp" line="+23"/>
        <source>New contact</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rimary contact of the partner</source>
        <translation>&amp;Hauptansprechpartner des Partners</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The contact no longer exists.</source>
        <translation>Den Ansprechpartner gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>cd::ContactsModel</name>
    <message>
        <location filename="../ui/models/contactsmodel.cpp" line="+84"/>
        <source>%1 is the primary contact</source>
        <translation>%1 ist der Hauptansprechpartner</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>cd::CountryComboBox</name>
    <message>
        <location filename="../ui/editors/countrycombobox.cpp" line="+14"/>
        <source>(none)</source>
        <translation>(kein Land)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (unknown code)</source>
        <translation>%1 (unbekannter Code)</translation>
    </message>
</context>
<context>
    <name>cd::CustomerEditor</name>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="+64"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated on save</source>
        <translation>Wird beim Speichern vergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;de:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. SMB, Enterprise, Public</source>
        <translation>z. B. SMB, Enterprise, Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Street:</source>
        <translation>St&amp;raße:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;ostcode:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Primary partner</source>
        <translation>Zuständiger Partner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The partner who serves this customer and earns on its business. A direct customer is served by the company itself.</source>
        <translation>Der Partner, der diesen Kunden betreut und an seinem Umsatz verdient. Einen Direktkunden betreut das Unternehmen selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+275"/>
        <source>&amp;Reassign…</source>
        <translation>Neu &amp;zuordnen…</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Open &amp;partner</source>
        <translation>Partner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1*</source>
        <extracomment>Editor title with unsaved changes</extracomment>
        <translation>%1*</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>An existing customer keeps a code; it cannot be empty.</source>
        <translation>Ein bestehender Kunde behält seine Nummer; sie darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Direct customer (no partner)</source>
        <translation>Direktkunde (ohne Partner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  %2</source>
        <extracomment>Primary partner: code, name</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Zuordnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No code yet</source>
        <translation>Noch keine Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived on %1</source>
        <translation>Archiviert am %1</translation>
    </message>
</context>
<context>
    <name>cd::CustomerListView</name>
    <message>
        <location filename="../ui/views/customerlistview.cpp" line="+28"/>
        <source>Search code, name or city…</source>
        <translation>Nummer, Name oder Ort suchen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct and partner</source>
        <translation>Alle Vertriebswege</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Served by</source>
        <translation>Betreut durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through a partner</source>
        <translation>Über einen Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct customers</source>
        <translation>Direktkunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current customers</source>
        <translation>Aktuelle Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived customers</source>
        <translation>Archivierte Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Including archived</source>
        <translation>Auch archivierte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived only</source>
        <translation>Nur archivierte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every current customer</source>
        <translation>Alle aktuellen Kunden anzeigen</translation>
    </message>
</context>
<context>
    <name>cd::CustomerTableModel</name>
    <message>
        <location filename="../ui/models/customertablemodel.cpp" line="+114"/>
        <source>Direct</source>
        <extracomment>Partner column of a customer: partner name, then its code</extracomment>
        <translation>Direkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A direct customer, served without a partner</source>
        <translation>Ein Direktkunde, ohne Partner betreut</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>cd::DirectoryTable</name>
    <message>
        <location filename="../ui/widgets/directorytable.cpp" line="+152"/>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>cd::EditForm</name>
    <message>
        <location filename="../ui/editors/editform.cpp" line="+381"/>
        <source>Correct the marked fields before saving.</source>
        <translation>Korrigieren Sie vor dem Speichern die markierten Felder.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to %1 and read it again?</source>
        <translation>Ihre Änderungen an %1 verwerfen und neu laden?</translation>
    </message>
</context>
<context>
    <name>cd::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="+46"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+160"/>
        <source>Import from CSV</source>
        <translation>Import aus CSV</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Choose a File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV file in UTF-8, with a header row naming the columns. Commas and semicolons are both fine.</source>
        <translation>Eine CSV-Datei in UTF-8 mit einer Kopfzeile, die die Spalten benennt. Kommas und Semikolons sind beide möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path of the CSV file</source>
        <translation>Pfad der CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts of partners</source>
        <translation>Ansprechpartner von Partnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing when any row has a problem</source>
        <translation>Nichts importieren, wenn eine Zeile ein Problem hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Otherwise the good rows are imported and the others are listed.</source>
        <translation>Andernfalls werden die fehlerfreien Zeilen importiert und die anderen aufgelistet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contains:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Match the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the field each column of the file goes to. Columns set to &quot;Do not import&quot; are left out.</source>
        <translation>Wählen Sie für jede Spalte der Datei das Feld aus, in das sie importiert wird. Spalten mit „Nicht importieren“ werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values in the first rows</source>
        <translation>Werte in den ersten Zeilen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import the &amp;Good Rows</source>
        <translation>&amp;Fehlerfreie Zeilen importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports every row without a problem and leaves out the rows listed.</source>
        <translation>Importiert jede Zeile ohne Problem und lässt die aufgelisteten Zeilen aus.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei aus.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n column(s) separated by %2.</source>
        <translation>
            <numerusform>%1: %n Spalte, getrennt durch %2.</numerusform>
            <numerusform>%1: %n Spalten, getrennt durch %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(column %1 has no name)</source>
        <translation>(Spalte %1 hat keinen Namen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import did not run.</source>
        <translation>Der Import wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file could not be imported; nothing was written.
%1</source>
        <translation>Die Datei konnte nicht importiert werden; es wurde nichts geschrieben.
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Nothing was imported: %n row(s) have problems. Correct the file and import it again, or import only the good rows.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile hat Probleme. Korrigieren Sie die Datei und importieren Sie sie erneut, oder importieren Sie nur die fehlerfreien Zeilen.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen haben Probleme. Korrigieren Sie die Datei und importieren Sie sie erneut, oder importieren Sie nur die fehlerfreien Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+2"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n Zeile importiert.</numerusform>
            <numerusform>%n Zeilen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) with problems were left out:</source>
        <translation>
            <numerusform>%n Zeile mit Problemen wurde ausgelassen:</numerusform>
            <numerusform>%n Zeilen mit Problemen wurden ausgelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n company row(s) were skipped: they are not contacts.</source>
        <translation>
            <numerusform>%n Firmenzeile wurde übersprungen: es ist kein Ansprechpartner.</numerusform>
            <numerusform>%n Firmenzeilen wurden übersprungen: es sind keine Ansprechpartner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::JobProgressDialog</name>
    <message>
        <location filename="../ui/widgets/jobprogressdialog.cpp" line="+11"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please Wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>cd::ListsDialog</name>
    <message>
        <location filename="../ui/dialogs/listsdialog.cpp" line="+65"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lead weight decides how likely partners of a level are to receive leads: the higher the weight, the higher the chance; a weight of 0 receives none. Levels are offered in this order.</source>
        <translation>Die Lead-Gewichtung bestimmt, wie wahrscheinlich Partner einer Stufe Leads erhalten: je höher die Gewichtung, desto größer die Chance; bei einer Gewichtung von 0 gibt es keine. Die Stufen werden in dieser Reihenfolge angeboten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far a partner&apos;s activation has come, offered in this order. A disabled activation stays on the partners that have it but is offered no more.</source>
        <translation>Wie weit die Aktivierung eines Partners fortgeschritten ist, in dieser Reihenfolge angeboten. Eine deaktivierte Aktivierung bleibt bei den Partnern, die sie haben, wird aber nicht mehr angeboten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regions partners are grouped by. An area can be removed once no partner uses it.</source>
        <translation>Die Gebiete, nach denen Partner gruppiert werden. Ein Gebiet kann entfernt werden, sobald kein Partner es mehr verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who can be account managers of partners. Deactivate someone who leaves: they stay on their partners and in the history.</source>
        <translation>Die Personen, die Partnerbetreuer sein können. Deaktivieren Sie jemanden, der ausscheidet: Die Person bleibt bei ihren Partnern und im Verlauf erhalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes are saved as you make them.</source>
        <translation>Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Add User</source>
        <translation>&amp;Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected entry; only entries no partner uses can be removed</source>
        <translation>Den ausgewählten Eintrag entfernen; nur Einträge, die kein Partner verwendet, können entfernt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>cd::LookupListModel</name>
    <message>
        <location filename="../ui/models/lookuplistmodel.cpp" line="+328"/>
        <source>No entry is selected.</source>
        <translation>Es ist kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Users are deactivated, not removed.</source>
        <translation>Benutzer werden deaktiviert, nicht entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be removed: %2</source>
        <extracomment>An entry of a list could not be removed: its name, then the reason</extracomment>
        <translation>„%1“ kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The entry cannot move there.</source>
        <translation>Der Eintrag kann nicht dorthin verschoben werden.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Someone else changed this list in the meantime, so your change was not saved. The list now shows what is stored; make your change again if it is still needed.</source>
        <translation>Jemand anderes hat diese Liste inzwischen geändert, daher wurde Ihre Änderung nicht gespeichert. Die Liste zeigt jetzt den gespeicherten Stand; nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was changed or removed by someone else in the meantime, so your change was not saved. The list now shows what is stored; make your change again if it is still needed.</source>
        <translation>„%1“ wurde inzwischen von jemand anderem geändert oder entfernt, daher wurde Ihre Änderung nicht gespeichert. Die Liste zeigt jetzt den gespeicherten Stand; nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type a login</source>
        <translation>Anmeldenamen eingeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 (no leads)</source>
        <extracomment>Lead weight 0 in the list of levels</extracomment>
        <translation>0 (keine Leads)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New user, not saved yet: it is saved once it has a login.</source>
        <translation>Neuer Benutzer, noch nicht gespeichert: er wird gespeichert, sobald er einen Anmeldenamen hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New entry, not saved yet: it is saved once it has a name.</source>
        <translation>Neuer Eintrag, noch nicht gespeichert: er wird gespeichert, sobald er einen Namen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partners of this level receive no leads.</source>
        <translation>Partner dieser Stufe erhalten keine Leads.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A higher weight gives partners of this level a higher chance to receive leads.</source>
        <translation>Eine höhere Gewichtung gibt Partnern dieser Stufe eine größere Chance, Leads zu erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can be chosen as account manager.</source>
        <translation>Kann als Partnerbetreuer ausgewählt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive: stays on partners, offered no more.</source>
        <translation>Inaktiv: bleibt bei den Partnern eingetragen, wird aber nicht mehr angeboten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offered for partners.</source>
        <translation>Wird für Partner angeboten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled: stays on partners that have it, offered no more.</source>
        <translation>Deaktiviert: bleibt bei den Partnern, die sie haben, wird aber nicht mehr angeboten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No partner uses this entry.</source>
        <translation>Kein Partner verwendet diesen Eintrag.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partner(s) use this entry, archived ones included.</source>
        <translation>
            <numerusform>%Ln Partner verwendet diesen Eintrag, archivierte eingeschlossen.</numerusform>
            <numerusform>%Ln Partner verwenden diesen Eintrag, archivierte eingeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead weight</source>
        <translation>Lead-Gewichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How likely partners of this level are to receive leads: the higher, the likelier; 0 receives none.</source>
        <translation>Wie wahrscheinlich Partner dieser Stufe Leads erhalten: je höher, desto wahrscheinlicher; bei 0 gibt es keine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners using the entry, archived ones included. Only unused entries can be removed.</source>
        <translation>Partner, die den Eintrag verwenden, archivierte eingeschlossen. Nur unbenutzte Einträge können entfernt werden.</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+47"/>
        <source>ChannelDesk databases (*.channeldesk *.sqlite *.db);;All files (*)</source>
        <translation>ChannelDesk-Datenbanken (*.channeldesk *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty ChannelDesk database</source>
        <translation>Eine leere ChannelDesk-Datenbank anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a ChannelDesk database</source>
        <translation>Eine ChannelDesk-Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import partners, contacts or customers from a CSV file</source>
        <translation>Partner, Ansprechpartner oder Kunden aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export List as CSV…</source>
        <translation>Liste als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list as it is shown (search, filters, order) to a CSV file</source>
        <translation>Die Liste so, wie sie angezeigt wird (Suche, Filter, Sortierung), in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Datenbank sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole database to a file while it stays in use</source>
        <translation>Die ganze Datenbank in eine Datei kopieren, während sie weiter benutzt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lists…</source>
        <translation>&amp;Listen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels, activations, areas and users that partners refer to</source>
        <translation>Stufen, Aktivierungen, Gebiete und Benutzer, auf die sich Partner beziehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New Partner</source>
        <translation>&amp;Neuer Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a new partner</source>
        <translation>Einen neuen Partner anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Partner</source>
        <translation>Partner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected partners from the lists; their history stays</source>
        <translation>Die ausgewählten Partner aus den Listen ausblenden; ihr Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected archived partners back</source>
        <translation>Die ausgewählten archivierten Partner wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the lists again, with changes made by others</source>
        <translation>Die Listen neu laden, mit den Änderungen anderer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Partners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Spalten zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About ChannelDesk</source>
        <translation>&amp;Über ChannelDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local File (Write-Ahead Log)</source>
        <translation>&amp;Lokale Datei (Write-Ahead-Log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shared Folder (Rollback Journal)</source>
        <translation>&amp;Freigegebener Ordner (Rollback-Journal)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database &amp;Sharing</source>
        <translation>&amp;Gemeinsame Nutzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used the next time a database is opened</source>
        <translation>Gilt ab dem nächsten Öffnen einer Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>A partner page with unsaved changes was kept open.</source>
        <translation>Eine Partnerseite mit ungespeicherten Änderungen wurde offen gelassen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — ChannelDesk</source>
        <extracomment>Window title: database file name, then the application</extracomment>
        <translation>%1 — ChannelDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared database (rollback journal)</source>
        <translation>Gemeinsam genutzte Datenbank (Rollback-Journal)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local database</source>
        <translation>Lokale Datenbank</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ChannelDesk cannot open “%1”.</source>
        <translation>ChannelDesk kann „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>channeldesk.sqlite</source>
        <translation>channeldesk.sqlite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” already exists. Choose another name, or open it with File ▸ Open.</source>
        <translation>„%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen, oder öffnen Sie die Datei mit Datei ▸ Öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;%1 %2</source>
        <extracomment>Recent file menu entry: number (keyboard accelerator), file name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln Partner</numerusform>
            <numerusform>%Ln Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+24"/>
        <source>Archive Partners</source>
        <translation>Partner archivieren</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Restore Partners</source>
        <translation>Partner wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%Ln partner(s) are selected. Select at most %1 at a time.</source>
        <translation>
            <numerusform>%Ln Partner ist ausgewählt. Wählen Sie höchstens %1 auf einmal aus.</numerusform>
            <numerusform>%Ln Partner sind ausgewählt. Wählen Sie höchstens %1 auf einmal aus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archive “%1”? The partner leaves the lists; its history and customers stay.</source>
        <translation>„%1“ archivieren? Der Partner verschwindet aus den Listen; sein Verlauf und seine Kunden bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore “%1” to the partner lists?</source>
        <translation>„%1“ wieder in die Partnerlisten aufnehmen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Archive %Ln partner(s)? They leave the lists; their history and customers stay.</source>
        <translation>
            <numerusform>%Ln Partner archivieren? Er verschwindet aus den Listen; sein Verlauf und seine Kunden bleiben erhalten.</numerusform>
            <numerusform>%Ln Partner archivieren? Sie verschwinden aus den Listen; ihr Verlauf und ihre Kunden bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Restore %Ln partner(s) to the partner lists?</source>
        <translation>
            <numerusform>%Ln Partner wieder in die Partnerlisten aufnehmen?</numerusform>
            <numerusform>%Ln Partner wieder in die Partnerlisten aufnehmen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <extracomment>One failed partner in a list of failures: name, then the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln partner(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln Partner konnte nicht geändert werden.</numerusform>
            <numerusform>%Ln Partner konnten nicht geändert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln partner(s) archived.</source>
        <translation>
            <numerusform>%Ln Partner archiviert.</numerusform>
            <numerusform>%Ln Partner archiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partner(s) restored.</source>
        <translation>
            <numerusform>%Ln Partner wiederhergestellt.</numerusform>
            <numerusform>%Ln Partner wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export Partners</source>
        <translation>Partner exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partners.csv</source>
        <translation>partner.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customers.csv</source>
        <translation>kunden.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Exporting partners…</source>
        <translation>Partner werden exportiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting customers…</source>
        <translation>Kunden werden exportiert…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln partner(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Partner nach %1 exportiert.</numerusform>
            <numerusform>%Ln Partner nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln customer(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Kunde nach %1 exportiert.</numerusform>
            <numerusform>%Ln Kunden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1-backup-%2.sqlite</source>
        <extracomment>Suggested backup file name: database name, then the date</extracomment>
        <translation>%1-sicherung-%2.sqlite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backing up the database…</source>
        <translation>Die Datenbank wird gesichert…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Backup Failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-655"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the partner or customer page in front</source>
        <translation>Die vorne angezeigte Partner- oder Kundenseite speichern</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open the page of the selected partner, or of the selected customer&apos;s partner</source>
        <translation>Die Seite des ausgewählten Partners oder des Partners des ausgewählten Kunden öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;Customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new customer</source>
        <translation>Einen neuen Kunden anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open C&amp;ustomer</source>
        <translation>&amp;Kunde öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected customer&apos;s page</source>
        <translation>Die Seite des ausgewählten Kunden öffnen</translation>
    </message>
    <message>
        <location line="+619"/>
        <source>Backup written to %1</source>
        <translation>Sicherung nach %1 geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About ChannelDesk</source>
        <translation>Über ChannelDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Partner and customer registry for the channel back office.&lt;/p&gt;&lt;p&gt;Database schema %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Partner- und Kundenverzeichnis für das Backoffice im indirekten Vertrieb.&lt;/p&gt;&lt;p&gt;Datenbankschema %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cd::PartnerEditor</name>
    <message>
        <location filename="../ui/editors/partnereditor.cpp" line="+140"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the partner again, discarding unsaved changes</source>
        <translation>Den Partner neu laden und ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the partner from lists; nothing is deleted</source>
        <translation>Den Partner aus den Listen ausblenden; nichts wird gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank</source>
        <translation>&amp;Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts</source>
        <translation>A&amp;nsprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on save</source>
        <translation>Wird beim Speichern vergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;de:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Firmierung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business &amp;nature:</source>
        <translation>Bran&amp;che:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. IT services, retail</source>
        <translation>z. B. IT-Dienstleistungen, Einzelhandel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax ID:</source>
        <translation>USt-&amp;IdNr.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>W&amp;ebsite:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Postcode:</source>
        <translation>PL&amp;Z:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ountry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick one or type a new area</source>
        <translation>Auswählen oder ein neues Gebiet eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>Ge&amp;biet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coor&amp;dinates:</source>
        <translation>&amp;Koordinaten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Management</source>
        <translation>Betreuung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;manager:</source>
        <translation>&amp;Partnerbetreuer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Control a&amp;ccount:</source>
        <translation>Sammelk&amp;onto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le&amp;vel:</source>
        <translation>Stu&amp;fe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Override lead weight</source>
        <translation>Lead-Gewichtung &amp;überschreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Override lead weight</source>
        <translation>Lead-Gewichtung überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead weight</source>
        <translation>Lead-Gewichtung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ac&amp;tivation:</source>
        <translation>Akti&amp;vierung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the partner is inactive or suspended</source>
        <translation>Warum der Partner inaktiv oder gesperrt ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ince:</source>
        <translation>S&amp;eit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Sc&amp;hlagwörter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma-separated, e.g. cloud, premium</source>
        <translation>Durch Kommas getrennt, z. B. cloud, premium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bank account</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;holder:</source>
        <translation>Kont&amp;oinhaber:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As the bank knows the account</source>
        <translation>Wie bei der Bank hinterlegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>z. B. DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. COBADEFFXXX</source>
        <translation>z. B. COBADEFFXXX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank name:</source>
        <translation>Name der Ban&amp;k:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Add contact…</source>
        <translation>Ansprechpartner &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the partner to add contacts.</source>
        <translation>Speichern Sie den Partner, um Ansprechpartner hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The primary contact is shown in bold.</source>
        <translation>Der Hauptansprechpartner ist fett dargestellt.</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 (lead weight %2)</source>
        <translation>%1 (Lead-Gewichtung %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An existing partner keeps a code; it cannot be empty.</source>
        <translation>Ein bestehender Partner behält seine Nummer; sie darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1*</source>
        <extracomment>Editor title with unsaved changes</extracomment>
        <translation>%1*</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>A new partner has no customers yet.</source>
        <translation>Ein neuer Partner hat noch keine Kunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) have this partner as their primary partner. Double-click one to open it.</source>
        <translation>
            <numerusform>%n Kunde hat diesen Partner als zuständigen Partner. Doppelklicken Sie darauf, um ihn zu öffnen.</numerusform>
            <numerusform>%n Kunden haben diesen Partner als zuständigen Partner. Doppelklicken Sie auf einen, um ihn zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No code yet</source>
        <translation>Noch keine Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived on %1</source>
        <translation>Archiviert am %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Remove contact</source>
        <translation>Ansprechpartner entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the contacts of this partner?</source>
        <translation>%1 aus den Ansprechpartnern dieses Partners entfernen?</translation>
    </message>
</context>
<context>
    <name>cd::PartnerListView</name>
    <message>
        <location filename="../ui/views/partnerlistview.cpp" line="+60"/>
        <source>Search code, name, city, area or contact…</source>
        <translation>Nummer, Name, Ort, Gebiet oder Ansprechpartner suchen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of partner</source>
        <translation>Partnerart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All activations</source>
        <translation>Alle Aktivierungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activation stage</source>
        <translation>Aktivierungsphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All areas</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All account managers</source>
        <translation>Alle Partnerbetreuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account manager</source>
        <translation>Partnerbetreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current partners</source>
        <translation>Aktuelle Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived partners</source>
        <translation>Archivierte Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Including archived</source>
        <translation>Auch archivierte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived only</source>
        <translation>Nur archivierte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every current partner</source>
        <translation>Alle aktuellen Partner anzeigen</translation>
    </message>
</context>
<context>
    <name>cd::PartnerPickerDialog</name>
    <message>
        <location filename="../ui/editors/partnerpickerdialog.cpp" line="+25"/>
        <source>&amp;No partner: a direct customer</source>
        <translation>Kein &amp;Partner: Direktkunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the primary partner</source>
        <translation>Zuständigen Partner auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by code, name or city</source>
        <translation>Nach Nummer, Name oder Ort suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the customer moves (optional)</source>
        <translation>Warum der Kunde wechselt (optional)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No partner matches.</source>
        <translation>Kein Partner passt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the first %1 matches; type more to narrow the search.</source>
        <translation>Die ersten %1 Treffer werden angezeigt; geben Sie mehr ein, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching partners: %1</source>
        <translation>Passende Partner: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Direct customer</source>
        <translation>Direktkunde</translation>
    </message>
</context>
<context>
    <name>cd::PartnerSearchModel</name>
    <message>
        <location filename="../ui/models/partnersearchmodel.cpp" line="+74"/>
        <source>%1  %2</source>
        <extracomment>Partner in a picker list: code, name</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2, %3</source>
        <extracomment>Partner in a picker list: code, name, city</extracomment>
        <translation>%1  %2, %3</translation>
    </message>
</context>
<context>
    <name>cd::PartnerTableModel</name>
    <message>
        <location filename="../ui/models/partnertablemodel.cpp" line="+170"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account manager</source>
        <translation>Partnerbetreuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>cd::RecordHeader</name>
    <message>
        <location filename="../ui/editors/recordheader.cpp" line="+50"/>
        <source> · </source>
        <extracomment>Separator between the facts under a record&apos;s name</extracomment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>cd::TimelineModel</name>
    <message>
        <location filename="../ui/models/timelinemodel.cpp" line="+76"/>
        <source>%1 by %2</source>
        <extracomment>Timeline entry tooltip: date and time, then who</extracomment>
        <translation>%1 von %2</translation>
    </message>
</context>
</TS>
