<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClosedDealsPage</name>
    <message numerus="yes">
        <location filename="../../closed_deals_page.py" line="60"/>
        <source>{0}: %Ln deals · {1}</source>
        <translation>
            <numerusform>{0}: %Ln deal · {1}</numerusform>
            <numerusform>{0}: %Ln deals · {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCardDelegate</name>
    <message numerus="yes">
        <location filename="../../customer_cards.py" line="251"/>
        <source>Info %n days old</source>
        <translation>
            <numerusform>Info %n day old</numerusform>
            <numerusform>Info %n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message numerus="yes">
        <location filename="../../models/customer_list_model.py" line="307"/>
        <source>Information verified %n days ago</source>
        <translation>
            <numerusform>Information verified %n day ago</numerusform>
            <numerusform>Information verified %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message numerus="yes">
        <location filename="../../customer_browser.py" line="168"/>
        <source>More than %Ln customers match</source>
        <translation>
            <numerusform>More than %Ln customer matches</numerusform>
            <numerusform>More than %Ln customers match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_browser.py" line="170"/>
        <source>%Ln customers match</source>
        <translation>
            <numerusform>%Ln customer matches</numerusform>
            <numerusform>%Ln customers match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_browser.py" line="172"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message numerus="yes">
        <location filename="../../models/deal_list_model.py" line="231"/>
        <source>In this stage for %n days</source>
        <translation>
            <numerusform>In this stage for %n day</numerusform>
            <numerusform>In this stage for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message numerus="yes">
        <location filename="../../duplicates_view.py" line="173"/>
        <source>%Ln pairs</source>
        <translation>
            <numerusform>%Ln pair</numerusform>
            <numerusform>%Ln pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../main_window.py" line="197"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../main_window.py" line="198"/>
        <source>%Ln open deals</source>
        <translation>
            <numerusform>%Ln open deal</numerusform>
            <numerusform>%Ln open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../main_window.py" line="199"/>
        <source>%Ln visits overdue</source>
        <translation>
            <numerusform>%Ln visit overdue</numerusform>
            <numerusform>%Ln visits overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunitiesView</name>
    <message numerus="yes">
        <location filename="../../opportunities_view.py" line="112"/>
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message numerus="yes">
        <location filename="../../personas_view.py" line="49"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message numerus="yes">
        <location filename="../../pipeline_board.py" line="281"/>
        <source>%Ln open deals · {0} in pipeline · {1} weighted forecast</source>
        <translation>
            <numerusform>%Ln open deal · {0} in pipeline · {1} weighted forecast</numerusform>
            <numerusform>%Ln open deals · {0} in pipeline · {1} weighted forecast</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderClock</name>
    <message numerus="yes">
        <location filename="../../visit_reminders.py" line="63"/>
        <source>%n visits due today</source>
        <translation>
            <numerusform>%n visit due today</numerusform>
            <numerusform>%n visits due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../visit_reminders.py" line="64"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../visit_reminders.py" line="65"/>
        <source>%n care reminders</source>
        <translation>
            <numerusform>%n care reminder</numerusform>
            <numerusform>%n care reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinBackList</name>
    <message numerus="yes">
        <location filename="../../winback_list.py" line="158"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
</TS>
