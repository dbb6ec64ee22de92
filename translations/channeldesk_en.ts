<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementPdfGenerator</name>
    <message numerus="yes">
        <location filename="../core/agreements/agreementpdfgenerator.cpp" line="+87"/>
        <source>renews automatically for %n month(s)</source>
        <translation>
            <numerusform>renews automatically for %n month</numerusform>
            <numerusform>renews automatically for %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementsCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/agreementscommands.cpp" line="+279"/>
        <source>automatic, %n month(s)</source>
        <translation>
            <numerusform>automatic, %n month</numerusform>
            <numerusform>automatic, %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommissionsCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/commissionplancommands.cpp" line="+288"/>
        <source>Split set among %n partner(s).</source>
        <translation>
            <numerusform>Split set among %n partner.</numerusform>
            <numerusform>Split set among %n partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commissionscommands.cpp" line="+466"/>
        <source>Settled %1: %n draft statement(s).</source>
        <translation>
            <numerusform>Settled %1: %n draft statement.</numerusform>
            <numerusform>Settled %1: %n draft statements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Approved %n statement(s).</source>
        <translation>
            <numerusform>Approved %n statement.</numerusform>
            <numerusform>Approved %n statements.</numerusform>
        </translation>
    </message>
</context>
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
    <name>DealStore</name>
    <message numerus="yes">
        <location filename="../core/leads/dealstore.cpp" line="+136"/>
        <source>%n deal(s) are in this stage; move them before removing it.</source>
        <translation>
            <numerusform>%n deal is in this stage; move it before removing the stage.</numerusform>
            <numerusform>%n deals are in this stage; move them before removing the stage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/importexportcommands.cpp" line="+219"/>
        <source>Dry run: %1 of %2 rows from %3 would be imported%4; %n row problem(s). Nothing was written.</source>
        <translation>
            <numerusform>Dry run: %1 of %2 rows from %3 would be imported%4; %n row problem. Nothing was written.</numerusform>
            <numerusform>Dry run: %1 of %2 rows from %3 would be imported%4; %n row problems. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
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
        <location filename="../core/partners/lookups.cpp" line="+315"/>
        <source>%n partner(s) still use this entry; change them first.</source>
        <translation>
            <numerusform>%n partner still uses this entry; change it first.</numerusform>
            <numerusform>%n partners still use this entry; change them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutsCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/payoutscommands.cpp" line="+114"/>
        <source>Wrote %1: %n transfer(s), %2 %3.</source>
        <translation>
            <numerusform>Wrote %1: %n transfer, %2 %3.</numerusform>
            <numerusform>Wrote %1: %n transfers, %2 %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message numerus="yes">
        <location filename="../core/commissions/statementpdf.cpp" line="+60"/>
        <source>Earned in the period (%n line(s))</source>
        <translation>
            <numerusform>Earned in the period (%n line)</numerusform>
            <numerusform>Earned in the period (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AgreementCardDelegate</name>
    <message numerus="yes">
        <location filename="../ui/agreements/agreementcarddelegate.cpp" line="+78"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AgreementEditor</name>
    <message numerus="yes">
        <location filename="../ui/agreements/agreementeditor.cpp" line="+163"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>ends %1, in %n day(s)</source>
        <translation>
            <numerusform>ends %1, in %n day</numerusform>
            <numerusform>ends %1, in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AgreementKanbanModel</name>
    <message numerus="yes">
        <location filename="../ui/agreements/agreementkanbanmodel.cpp" line="+334"/>
        <source>%n agreement(s) in %1</source>
        <translation>
            <numerusform>%n agreement in %1</numerusform>
            <numerusform>%n agreements in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AgreementTableModel</name>
    <message numerus="yes">
        <location filename="../ui/agreements/agreementtablemodel.cpp" line="+26"/>
        <source>%1 (expired %n day(s) ago)</source>
        <extracomment>List cell: end date, days since it passed</extracomment>
        <translation>
            <numerusform>%1 (expired %n day ago)</numerusform>
            <numerusform>%1 (expired %n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n day(s))</source>
        <extracomment>List cell: end date, days left</extracomment>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AgreementsView</name>
    <message numerus="yes">
        <location filename="../ui/agreements/agreementsview.cpp" line="+262"/>
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CommissionsView</name>
    <message numerus="yes">
        <location filename="../ui/commissions/commissionsview.cpp" line="+158"/>
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln statement</numerusform>
            <numerusform>%Ln statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+216"/>
        <source>Write %n draft statement(s) for %1? A period is settled once; whatever arrives for it later is settled with the next period.</source>
        <translation>
            <numerusform>Write %n draft statement for %1? A period is settled once; whatever arrives for it later is settled with the next period.</numerusform>
            <numerusform>Write %n draft statements for %1? A period is settled once; whatever arrives for it later is settled with the next period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CustomerListView</name>
    <message numerus="yes">
        <location filename="../ui/customers/customerlistview.cpp" line="+113"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln customer(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln customer exported to %1.</numerusform>
            <numerusform>%Ln customers exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DistributorNetworksView</name>
    <message numerus="yes">
        <location filename="../ui/network/distributornetworksview.cpp" line="+238"/>
        <source>%1 serves %n reseller(s).</source>
        <translation>
            <numerusform>%1 serves %n reseller.</numerusform>
            <numerusform>%1 serves %n resellers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/io/importdialog.cpp" line="+359"/>
        <source>%1: %n column(s) separated by %2, read as %3.</source>
        <translation>
            <numerusform>%1: %n column separated by %2, read as %3.</numerusform>
            <numerusform>%1: %n columns separated by %2, read as %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already stored and left alone</source>
        <translation>
            <numerusform>%n already stored and left alone</numerusform>
            <numerusform>%n already stored and left alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Of %n row(s):</source>
        <translation>
            <numerusform>Of %n row:</numerusform>
            <numerusform>Of %n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) with problems, the first on line %1: %2</source>
        <translation>
            <numerusform>%n row with problems, on line %1: %2</numerusform>
            <numerusform>%n rows with problems, the first on line %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
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
        <location line="+6"/>
        <source>%n company row(s) were skipped: they are not contacts.</source>
        <translation>
            <numerusform>%n company row was skipped: it is not a contact.</numerusform>
            <numerusform>%n company rows were skipped: they are not contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::LeadsView</name>
    <message numerus="yes">
        <location filename="../ui/leads/leadsview.cpp" line="+162"/>
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%Ln lead(s) assigned.</source>
        <translation>
            <numerusform>%Ln lead assigned.</numerusform>
            <numerusform>%Ln leads assigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%Ln lead(s) converted to deals.</source>
        <translation>
            <numerusform>%Ln lead converted to a deal.</numerusform>
            <numerusform>%Ln leads converted to deals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::LookupListModel</name>
    <message numerus="yes">
        <location filename="../ui/shared/lookuplistmodel.cpp" line="+302"/>
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
        <location filename="../ui/mainwindow.cpp" line="+513"/>
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
        <location line="+21"/>
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
</context>
<context>
    <name>cd::PartnerAgreementsTab</name>
    <message numerus="yes">
        <location filename="../ui/agreements/partneragreementstab.cpp" line="+81"/>
        <source>%Ln agreement(s); double-click one to open it.</source>
        <translation>
            <numerusform>%Ln agreement; double-click it to open it.</numerusform>
            <numerusform>%Ln agreements; double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PartnerEditor</name>
    <message numerus="yes">
        <location filename="../ui/partners/partnereditor.cpp" line="+417"/>
        <source>%n customer(s) have this partner as their primary partner. Double-click one to open it.</source>
        <translation>
            <numerusform>%n customer has this partner as its primary partner. Double-click it to open it.</numerusform>
            <numerusform>%n customers have this partner as their primary partner. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PartnerListView</name>
    <message numerus="yes">
        <location filename="../ui/partners/partnerlistview.cpp" line="+175"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln partner(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln partner exported to %1.</numerusform>
            <numerusform>%Ln partners exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PartnerPayoutsView</name>
    <message numerus="yes">
        <location filename="../ui/commissions/partnercommissionstab.cpp" line="+160"/>
        <source>%Ln payout(s) paid this partner.</source>
        <translation>
            <numerusform>%Ln payout paid this partner.</numerusform>
            <numerusform>%Ln payouts paid this partner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ReportsView</name>
    <message numerus="yes">
        <location filename="../ui/reports/reportsview.cpp" line="+270"/>
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln row</numerusform>
            <numerusform>%1: %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::TaskListView</name>
    <message numerus="yes">
        <location filename="../ui/agreements/tasklistview.cpp" line="+87"/>
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
</context>
</TS>
