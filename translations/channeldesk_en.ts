<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DbCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/dbcommands.cpp" line="+73"/>
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: %n problem found.</numerusform>
            <numerusform>%1: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/importexportcommands.cpp" line="+160"/>
        <source>%n row problem(s); those rows were skipped.</source>
        <translation>
            <numerusform>%n row problem; that row was skipped.</numerusform>
            <numerusform>%n row problems; those rows were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing was imported: %n problem(s). Fix them, or use --good-rows to import the other rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem. Fix it, or use --good-rows to import the other rows.</numerusform>
            <numerusform>Nothing was imported: %n problems. Fix them, or use --good-rows to import the other rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupStore</name>
    <message numerus="yes">
        <location filename="../core/partners/lookups.cpp" line="+214"/>
        <source>%n partner(s) still use this entry; change them first.</source>
        <translation>
            <numerusform>%n partner still uses this entry; change it first.</numerusform>
            <numerusform>%n partners still use this entry; change them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="+275"/>
        <source>%1: %n column(s) separated by %2.</source>
        <translation>
            <numerusform>%1: %n column separated by %2.</numerusform>
            <numerusform>%1: %n columns separated by %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>Nothing was imported: %n row(s) have problems. Correct the file and import it again, or import only the good rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems. Correct the file and import it again, or import only the good rows.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems. Correct the file and import it again, or import only the good rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+2"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) with problems were left out:</source>
        <translation>
            <numerusform>%n row with problems was left out:</numerusform>
            <numerusform>%n rows with problems were left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n company row(s) were skipped: they are not contacts.</source>
        <translation>
            <numerusform>%n company row was skipped: it is not a contact.</numerusform>
            <numerusform>%n company rows were skipped: they are not contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::LookupListModel</name>
    <message numerus="yes">
        <location filename="../ui/models/lookuplistmodel.cpp" line="+502"/>
        <source>%Ln partner(s) use this entry, archived ones included.</source>
        <translation>
            <numerusform>%Ln partner uses this entry, archived ones included.</numerusform>
            <numerusform>%Ln partners use this entry, archived ones included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+594"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>%Ln partner(s) are selected. Select at most %1 at a time.</source>
        <translation>
            <numerusform>%Ln partner is selected. Select at most %1 at a time.</numerusform>
            <numerusform>%Ln partners are selected. Select at most %1 at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Archive %Ln partner(s)? They leave the lists; their history and customers stay.</source>
        <translation>
            <numerusform>Archive %Ln partner? It leaves the lists; its history and customers stay.</numerusform>
            <numerusform>Archive %Ln partners? They leave the lists; their history and customers stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Restore %Ln partner(s) to the partner lists?</source>
        <translation>
            <numerusform>Restore %Ln partner to the partner lists?</numerusform>
            <numerusform>Restore %Ln partners to the partner lists?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%Ln partner(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln partner could not be changed.</numerusform>
            <numerusform>%Ln partners could not be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln partner(s) archived.</source>
        <translation>
            <numerusform>%Ln partner archived.</numerusform>
            <numerusform>%Ln partners archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partner(s) restored.</source>
        <translation>
            <numerusform>%Ln partner restored.</numerusform>
            <numerusform>%Ln partners restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%Ln partner(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln partner exported to %1.</numerusform>
            <numerusform>%Ln partners exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln customer(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln customer exported to %1.</numerusform>
            <numerusform>%Ln customers exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PartnerEditor</name>
    <message numerus="yes">
        <location filename="../ui/editors/partnereditor.cpp" line="+786"/>
        <source>%n customer(s) have this partner as their primary partner. Double-click one to open it.</source>
        <translation>
            <numerusform>%n customer has this partner as its primary partner. Double-click it to open it.</numerusform>
            <numerusform>%n customers have this partner as their primary partner. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
</TS>
