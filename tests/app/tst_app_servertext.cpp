// Server words (display names, problem details, span attributes, queue names) are shown as typed:
// never as rich text, wherever they land — status bar, message box, tooltip.
#include <common/plainmessage.h>
#include <plaintext.h>
#include <shell/mainwindow.h>

#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kHostile = u"<b>Mallory</b> <img src=\"http://attacker.example/x.png\"> <a href=\"x\">click</a>"_s;
}

class TestServerText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statusBarShowsIdentityAsTyped()
    {
        keel::widgets::MainWindow w;
        w.setIdentity(kHostile + u" (council) on http://127.0.0.1"_s);
        w.setLastSynced(kHostile);
        bool found = false;
        const QList<QLabel *> labels = w.findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        for (QLabel *label : labels) {
            // Every label of the main window, present or future: one left on AutoText would render a
            // server's markup the day it shows server text.
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName() + u": "_s + label->text()));
            found = found || label->text().startsWith(kHostile);
        }
        QVERIFY(found);
    }

    void messageBoxShowsTextAsTyped()
    {
        QWidget parent;
        QPointer<QMessageBox> box = keel::widgets::showPlainWarning(&parent, u"Export"_s, kHostile);
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->text(), kHostile);
        QVERIFY(box->testAttribute(Qt::WA_DeleteOnClose));
        box->close();
        QTRY_VERIFY(box.isNull()); // it cleans up after itself
    }

    void toolTipShowsTextAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("markup") << kHostile;
        QTest::addRow("lines and spaces") << u"span llm.call\nprompt.template: a  <b>  b\nerror: 5 < 6 & 7 > 2"_s;
        QTest::addRow("plain") << u"no markup here"_s;
    }
    void toolTipShowsTextAsTyped()
    {
        QFETCH(QString, text);
        const QString tip = keel::plainToolTip(text);
        // A tooltip is rendered as rich text when it looks like it; what it then shows must be `text`.
        QVERIFY(Qt::mightBeRichText(tip));
        QTextDocument rendered;
        rendered.setHtml(tip);
        QCOMPARE(rendered.toPlainText(), text);
        QVERIFY(keel::plainToolTip(QString()).isEmpty());
    }
};

QTEST_MAIN(TestServerText)
#include "tst_app_servertext.moc"
