// Every shipped catalogue is complete, and no tr() string in today's sources is missing from it.
#include "tsfile.h"

#include <QDir>
#include <QDirIterator>
#include <QHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using keel::test::readTsFile;
using keel::test::TsFile;
using keel::test::TsMessage;

namespace {

QStringList tsFiles()
{
    return QString::fromUtf8(KEEL_TS_FILES).split(u'|', Qt::SkipEmptyParts);
}

QString describe(const TsMessage &m)
{
    return m.context + u" / \""_s + m.source.left(60) + u'"';
}

// %1..%99 as a sorted list; %n (numerus) is left out because a singular form may spell it out.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d{1,2})"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

// A mnemonic is '&' before a letter or digit ("&File"); "&&" is a literal ampersand.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(u"(?<!&)&[\\w]"_s);
    return re.match(QString(text).replace(u"&&"_s, u""_s)).hasMatch();
}

QStringList problemsIn(const TsFile &ts)
{
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.hasTranslation) {
            problems << u"no <translation>: "_s + describe(m);
            continue;
        }
        if (!m.translationType.isEmpty()) {
            problems << m.translationType + u": "_s + describe(m);
            continue;
        }
        if (m.translations.isEmpty()) {
            problems << u"empty translation: "_s + describe(m);
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << u"empty translation: "_s + describe(m);
                break;
            }
            if (placeholders(t) != placeholders(m.source)) {
                problems << u"placeholders differ ("_s + placeholders(m.source).join(u' ')
                                + u" vs "_s + placeholders(t).join(u' ') + u"): "_s + describe(m);
                break;
            }
            if (hasMnemonic(m.source) && !hasMnemonic(t)) {
                problems << u"keyboard mnemonic (&) lost: "_s + describe(m);
                break;
            }
        }
    }
    return problems;
}

QString report(const QStringList &problems)
{
    const int shown = 40;
    QString text = QString::number(problems.size()) + u" problem(s):\n  "_s
                   + problems.mid(0, shown).join(u"\n  "_s);
    if (problems.size() > shown)
        text += u"\n  …"_s;
    return text;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void shippedCatalogueIsComplete_data();
    void shippedCatalogueIsComplete();
    void catalogueHasNoAbsolutePaths_data() { shippedCatalogueIsComplete_data(); }
    void catalogueHasNoAbsolutePaths();
    void lupdateFindsNothingNew_data() { shippedCatalogueIsComplete_data(); }
    void lupdateFindsNothingNew();
    void helperContextsMatchLupdate();
    void checkerRejectsIncompleteEntries();

private:
    static TsFile lupdateInto(const QString &ts, const QString &scratchDir, const QString &locations);
};

void TstTranslations::shippedCatalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = tsFiles();
    QVERIFY(files.size() >= 2);
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(QFileInfo(file).fileName())) << file;
}

void TstTranslations::shippedCatalogueIsComplete()
{
    QFETCH(QString, path);
    const TsFile ts = readTsFile(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.language.isEmpty(), "the <TS> element names no language");
    QVERIFY(!ts.messages.isEmpty());
    const QStringList problems = problemsIn(ts);
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TstTranslations::catalogueHasNoAbsolutePaths()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression absolute(u"filename=\"/"_s);
    QVERIFY2(!text.contains(absolute),
             "locations must be relative (lupdate -locations relative), not machine paths");
}

// Runs lupdate over today's sources into a scratch copy of `ts` and reads the result.
TsFile TstTranslations::lupdateInto(const QString &ts, const QString &scratchDir,
                                    const QString &locations)
{
    const QString fresh = QDir(scratchDir).filePath(QFileInfo(ts).fileName());
    QFile::remove(fresh);
    if (!QFile::copy(ts, fresh))
        return TsFile{{}, {}, u"cannot copy "_s + ts};
    QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(QString::fromUtf8(KEEL_SOURCE_DIR));
    QStringList args{u"-no-obsolete"_s, u"-locations"_s, locations, u"-extensions"_s,
                     u"cpp,h"_s, u"-silent"_s};
    args += QString::fromUtf8(KEEL_TR_SOURCE_DIRS).split(u'|', Qt::SkipEmptyParts);
    args << u"-ts"_s << fresh;
    lupdate.start(QString::fromUtf8(KEEL_LUPDATE_BIN), args);
    // lupdate takes about a second here. Qt 6.4's lupdate loops forever on a few C++ shapes, e.g.
    // QCoreApplication::translate("C", "%n x", nullptr, int(a - b)) (pass a plain variable), so
    // give up early and say so instead of eating the suite's time budget.
    if (!lupdate.waitForFinished(60000)) {
        lupdate.kill();
        lupdate.waitForFinished(5000);
        return TsFile{{}, {}, u"lupdate hung over the sources: a tr()/translate() call it cannot "
                              "parse (see the comment above); bisect with: lupdate -locations none "
                              "FILE -ts /tmp/x.ts"_s};
    }
    if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return TsFile{{}, {}, u"lupdate failed: "_s + QString::fromUtf8(lupdate.readAllStandardError())};
    return readTsFile(fresh);
}

void TstTranslations::lupdateFindsNothingNew()
{
    QFETCH(QString, path);
    const TsFile shipped = readTsFile(path);
    QVERIFY2(shipped.error.isEmpty(), qPrintable(shipped.error));

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const TsFile current = lupdateInto(path, scratch.path(), u"none"_s);
    QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
    QStringList missing;
    const QSet<QString> shippedKeys = shipped.keys();
    for (const TsMessage &m : current.messages) {
        if (!shippedKeys.contains(m.key()))
            missing << u"not in the catalogue: "_s + describe(m);
    }
    const QSet<QString> currentKeys = current.keys();
    for (const TsMessage &m : shipped.messages) {
        if (!currentKeys.contains(m.key()))
            missing << u"no longer in the sources: "_s + describe(m);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"run the keel_lupdate target and translate; "_s + report(missing)));
}

// A file-local helper such as
//     QString tr(const char *s) { return QCoreApplication::translate("my::Context", s); }
// looks up its strings under "my::Context" at run time, but lupdate files every tr("…") in that
// file under the enclosing class or namespace. When the two differ the strings are translated in
// the .ts and still shown in English. Catch it: each context such a helper uses must be one that
// lupdate files strings of that same file under.
void TstTranslations::helperContextsMatchLupdate()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const TsFile current =
        lupdateInto(tsFiles().constFirst(), scratch.path(), u"absolute"_s);
    QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
    QHash<QString, QSet<QString>> contextsByFile;
    for (const TsMessage &m : current.messages) {
        for (const QString &file : m.files)
            contextsByFile[QFileInfo(file).canonicalFilePath()].insert(m.context);
    }

    // translate("Context", identifier …): forwarding a variable, i.e. a helper or a NOOP table.
    static const QRegularExpression forwarding(
        u"QCoreApplication::translate\\(\\s*\"([^\"]+)\"\\s*,\\s*[A-Za-z_][\\w.>\\-]*\\s*[,)]"_s);
    const QDir source(QString::fromUtf8(KEEL_SOURCE_DIR));
    QStringList problems;
    const QStringList dirs = QString::fromUtf8(KEEL_TR_SOURCE_DIRS).split(u'|', Qt::SkipEmptyParts);
    for (const QString &dir : dirs) {
        QDirIterator it(source.filePath(dir), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            const QSet<QString> filed = contextsByFile.value(QFileInfo(path).canonicalFilePath());
            for (auto m = forwarding.globalMatch(text); m.hasNext();) {
                const QString context = m.next().captured(1);
                if (!filed.isEmpty() && !filed.contains(context)) {
                    problems << source.relativeFilePath(path) + u": translates under \""_s + context
                                    + u"\" but lupdate files its strings under \""_s
                                    + QStringList(filed.values()).join(u"\", \""_s)
                                    + u"\"; use that context in the helper"_s;
                }
            }
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// The checker itself must catch what it is there to catch.
void TstTranslations::checkerRejectsIncompleteEntries()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QFile file(scratch.filePath(u"keel_xx.ts"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Ctx</name>
  <message><source>Done</source><translation>Fertig</translation></message>
  <message><source>Open</source><translation type="unfinished"></translation></message>
  <message><source>Close</source><translation></translation></message>
  <message><source>Save</source></message>
  <message><source>%1 of %2</source><translation>%1 von</translation></message>
  <message><source>&amp;File</source><translation>Datei</translation></message>
  <message numerus="yes"><source>%n item(s)</source><translation><numerusform>ein Element</numerusform><numerusform></numerusform></translation></message>
</context>
</TS>
)");
    file.close();
    const TsFile ts = readTsFile(file.fileName());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.messages.size(), 7);
    const QStringList problems = problemsIn(ts);
    QCOMPARE(problems.size(), 6);
    QVERIFY(problems.at(0).startsWith(u"unfinished"_s));
    QVERIFY(problems.at(1).startsWith(u"empty translation"_s));
    QVERIFY(problems.at(2).startsWith(u"no <translation>"_s));
    QVERIFY(problems.at(3).startsWith(u"placeholders differ"_s));
    QVERIFY(problems.at(4).startsWith(u"keyboard mnemonic"_s));
    QVERIFY(problems.at(5).startsWith(u"empty translation"_s));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
