// Prompts, sources and outputs are untrusted. An item whose text is HTML, a file:// link and a
// megabyte of output is served by a real keel-platform (written into its database between two
// runs) and shown by the real workspace: every widget shows the raw characters as plain text,
// and the event loop keeps running while the page with the megabyte loads.
#include "reviewtestsupport.h"

#include <review/itempane.h>
#include <review/reviewfeed.h>
#include <review/reviewitemfilterproxy.h>
#include <review/reviewitemmodel.h>
#include <review/reviewsession.h>
#include <review/reviewworkspace.h>

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace keel;

namespace {
const QString kImg = u"<img src=x onerror=alert(1)>"_s;
const QString kLink = u"<a href=\"file:///etc/passwd\">open</a>"_s;

// One megabyte; with oneLine the bulk is a single line (the worst case for text layout).
QString megabyteOutput(bool oneLine)
{
    QString text = kImg + u'\n' + kLink + u'\n';
    const QString line = u"<b>bold?</b> &amp; <script>alert('x')</script> The claim is covered."_s;
    while (text.size() < 1024 * 1024)
        text += line + (oneLine ? u' ' : u'\n');
    return text;
}

bool rewriteItem(const QString &dbPath, const QString &itemId, const QString &output)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(dbPath.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(db, 5000);
    const char *sql = "UPDATE review_items SET prompt = ?1, output = ?2, sources = ?3, reason_escalated = ?4, "
                      "model = ?5 WHERE id = ?6";
    sqlite3_stmt *stmt = nullptr;
    bool ok = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK;
    const QByteArray prompt = (kImg + u" what is my coverage?"_s).toUtf8();
    const QByteArray out = output.toUtf8();
    // (no raw string literal here: moc cannot read them)
    const QByteArray sources = "[{\"title\":\"<a href=\\\"file:///etc/passwd\\\">policy</a>\","
                               "\"snippet\":\"<img src=x onerror=alert(1)>\",\"uri\":\"file:///etc/passwd\"}]";
    const QByteArray reason = "<i>flagged</i>";
    const QByteArray model = "<b>model</b>";
    const QByteArray id = itemId.toUtf8();
    if (ok) {
        sqlite3_bind_text(stmt, 1, prompt.constData(), int(prompt.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, out.constData(), int(out.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 3, sources.constData(), int(sources.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 4, reason.constData(), int(reason.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 5, model.constData(), int(model.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 6, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        ok = sqlite3_step(stmt) == SQLITE_DONE && sqlite3_changes(db) == 1;
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ok;
}
} // namespace

class TestReviewUntrusted : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void hostileTextIsShownLiterally()
    {
        QTemporaryDir platformDir;
        test::PlatformOptions options;
        options.dataDir = platformDir.path();
        test::PlatformProcess platform(options);
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        auto client = test::clientFor(platform, u"reviewer-1"_s);
        const auto first = test::pendingItems(*client, {}, 1).value(0);
        const QString queue = QString::fromStdString(first.queue);
        const auto items = test::pendingItems(*client, queue, 2);
        QCOMPARE(items.size(), 2);
        const QString itemId = QString::fromStdString(items.at(0).id);      // one huge line
        const QString linesItemId = QString::fromStdString(items.at(1).id); // a megabyte of lines
        platform.stop();
        const QString output = megabyteOutput(true);
        const QString linesOutput = megabyteOutput(false);
        QVERIFY(rewriteItem(platformDir.filePath(u"platform.db"_s), itemId, output));
        QVERIFY(rewriteItem(platformDir.filePath(u"platform.db"_s), linesItemId, linesOutput));
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        client->setSettings(test::settingsFor(platform, u"reviewer-1"_s));

        // A ticking timer proves the event loop runs while the page with the megabyte is fetched
        // and decoded (the decode runs on the thread pool).
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start();

        QTemporaryDir dir;
        SessionContext ctx;
        ctx.client = client.get();
        ctx.storePath = dir.filePath(u"cache.sqlite"_s);
        ctx.identity.user = "reviewer-1";
        ctx.identity.roles = {"reviewer"};
        review::ReviewWorkspace ws(ctx);
        QSignalSpy ready(&ws, &review::ReviewWorkspace::ready);
        ws.resize(1600, 1000);
        ws.show();
        QVERIFY(ready.wait(20000));
        ws.selectQueue(queue);
        const int ticksBefore = ticks;
        QSignalSpy loaded(ws.feed(), &review::ReviewFeed::itemsLoaded);
        ws.feed()->loadItems(queue);
        QVERIFY(loaded.wait(20000));
        QVERIFY2(ticks > ticksBefore, "the event loop did not run while items loaded");

        // Open the hostile item.
        const int sourceRow = ws.itemModel()->rowOf(itemId);
        QVERIFY(sourceRow >= 0);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(ws.itemsView()->model());
        QVERIFY(proxy);
        QElapsedTimer shown;
        shown.start();
        ws.itemsView()->setCurrentIndex(proxy->mapFromSource(ws.itemModel()->index(sourceRow, 0)));
        ws.itemPane()->showItem(*ws.itemModel()->item(sourceRow));
        qInfo("opening the 1 MB one-line item took %lld ms (a figure, not asserted)", shown.elapsed());
        QCOMPARE(ws.currentItemId(), itemId);

        review::ItemPane *pane = ws.itemPane();
        // One megabyte-long line would take Qt most of a second to lay out: a verbatim preview
        // opens at once, the whole text is one (announced) click away and copyable.
        QVERIFY(pane->isOutputTruncated());
        QCOMPARE(pane->outputView()->toPlainText(), output.left(review::ItemPane::kPreviewChars));
        QCOMPARE(pane->fullOutput(), output);
        auto *notice = pane->findChild<QLabel *>(u"outputNotice"_s);
        QVERIFY(notice && !notice->isHidden());
        QCOMPARE(notice->textFormat(), Qt::PlainText);
        pane->showFullOutput();
        QCOMPARE(pane->outputView()->toPlainText(), output);
        QCOMPARE(pane->promptView()->toPlainText(), kImg + u" what is my coverage?"_s);
        QVERIFY(pane->sourcesView()->toPlainText().contains(u"<a href=\"file:///etc/passwd\">policy</a>"_s));
        QVERIFY(pane->sourcesView()->toPlainText().contains(kImg));
        QVERIFY(pane->sourcesView()->toPlainText().contains(u"file:///etc/passwd"_s));
        for (QPlainTextEdit *view : {pane->outputView(), pane->promptView(), pane->sourcesView()})
            QVERIFY(view->isReadOnly());
        // Every label in the pane and the workspace is plain text; those carrying item text show it raw.
        for (QLabel *label : ws.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText || label->text().isEmpty()
                         || !label->text().contains(u'<'),
                     qPrintable(label->objectName() + u": "_s + label->text()));
        auto *reason = pane->findChild<QLabel *>(u"reasonEscalated"_s);
        QVERIFY(reason);
        QCOMPARE(reason->text(), u"<i>flagged</i>"_s);
        QCOMPARE(reason->textFormat(), Qt::PlainText);
        auto *meta = pane->findChild<QLabel *>(u"itemMeta"_s);
        QVERIFY(meta && meta->text().startsWith(u"<b>model</b>"_s));
        QCOMPARE(meta->textFormat(), Qt::PlainText);
        // The items table shows the model name as characters too.
        const QModelIndex modelCell = ws.itemModel()->index(sourceRow, review::ReviewItemModel::Model);
        QCOMPARE(modelCell.data().toString(), u"<b>model</b>"_s);

        // And the reviewer can still act on it (the claim went through).
        QTRY_VERIFY_WITH_TIMEOUT(ws.session()->canDecide(), 10000);

        // A megabyte in ordinary lines is shown whole, at once.
        const int linesRow = ws.itemModel()->rowOf(linesItemId);
        QVERIFY(linesRow >= 0);
        QElapsedTimer linesShown;
        linesShown.start();
        ws.itemsView()->setCurrentIndex(proxy->mapFromSource(ws.itemModel()->index(linesRow, 0)));
        qInfo("opening the 1 MB multi-line item took %lld ms (a figure, not asserted)", linesShown.elapsed());
        QCOMPARE(ws.currentItemId(), linesItemId);
        QVERIFY(!pane->isOutputTruncated());
        QCOMPARE(pane->outputView()->toPlainText(), linesOutput);
    }
};

QTEST_MAIN(TestReviewUntrusted)
#include "tst_reviewuntrusted.moc"
