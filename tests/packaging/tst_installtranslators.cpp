// keel::installTranslators(): the embedded catalogues say exactly what the shipped .ts files say,
// for the language asked for, and Qt's own catalogue comes along.
#include "installtranslators.h"
#include "tsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using keel::test::readTsFile;
using keel::test::TsFile;
using keel::test::TsMessage;

namespace {

QString tsFileFor(const QString &language)
{
    const QStringList files = QString::fromUtf8(KEEL_TS_FILES).split(u'|', Qt::SkipEmptyParts);
    for (const QString &file : files) {
        if (QFileInfo(file).completeBaseName() == u"keel_"_s + language)
            return file;
    }
    return {};
}

QString translate(const TsMessage &m, int n = -1)
{
    const QByteArray context = m.context.toUtf8();
    const QByteArray source = m.source.toUtf8();
    const QByteArray comment = m.comment.toUtf8();
    return QCoreApplication::translate(context.constData(), source.constData(),
                                       m.comment.isEmpty() ? nullptr : comment.constData(), n);
}

bool finished(const TsMessage &m)
{
    return m.hasTranslation && m.translationType.isEmpty() && !m.translations.isEmpty()
           && !m.translations.first().isEmpty();
}

} // namespace

class TstInstallTranslators : public QObject
{
    Q_OBJECT

private slots:
    void shipsGermanAndFrench();
    void embeddedCatalogueMatchesTs_data();
    void embeddedCatalogueMatchesTs();
    void englishIsTheSourceLanguage();
    void unknownLanguageFallsBackWithAWarning_data();
    void unknownLanguageFallsBackWithAWarning();
    void secondCallReplacesTheFirst();
};

void TstInstallTranslators::shipsGermanAndFrench()
{
    const QStringList languages = keel::availableLanguages();
    QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(u"fr"_s), qPrintable(languages.join(u',')));
}

void TstInstallTranslators::embeddedCatalogueMatchesTs_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addRow("de") << u"de"_s << QLocale::German;
    QTest::addRow("fr_FR") << u"fr_FR"_s << QLocale::French;
    QTest::addRow("fr-CA") << u"fr-CA"_s << QLocale::French;
}

void TstInstallTranslators::embeddedCatalogueMatchesTs()
{
    QFETCH(QString, lang);
    QFETCH(QLocale::Language, language);
    const keel::TranslationSetup setup = keel::installTranslators(*QCoreApplication::instance(), lang);
    QVERIFY(setup.warning.isEmpty());
    QCOMPARE(setup.locale.language(), language);
    QCOMPARE(QLocale().language(), language); // the override also formats numbers and dates
    QVERIFY(setup.keelLoaded);

    const QString qtCatalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s
                                + QLocale::languageToCode(language) + u".qm"_s;
    QCOMPARE(setup.qtLoaded, QFile::exists(qtCatalogue));

    const TsFile ts = readTsFile(tsFileFor(QLocale::languageToCode(language)));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    int checked = 0;
    for (const TsMessage &m : ts.messages) {
        if (!finished(m))
            continue;
        if (m.numerus) {
            if (m.translations.size() < 2)
                continue;
            QCOMPARE(translate(m, 2), QString(m.translations.at(1)).replace(u"%n"_s, u"2"_s));
        } else {
            QCOMPARE(translate(m), m.translations.first());
        }
        ++checked;
    }
    qInfo("%d messages checked", checked);
}

void TstInstallTranslators::englishIsTheSourceLanguage()
{
    const keel::TranslationSetup setup = keel::installTranslators(*QCoreApplication::instance(), u"en"_s);
    QVERIFY(setup.warning.isEmpty());
    QCOMPARE(setup.locale.language(), QLocale::English);
    QVERIFY(!setup.keelLoaded);
    const TsFile de = readTsFile(tsFileFor(u"de"_s));
    for (const TsMessage &m : de.messages) {
        if (finished(m) && !m.numerus)
            QCOMPARE(translate(m), m.source);
    }
}

void TstInstallTranslators::unknownLanguageFallsBackWithAWarning_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addRow("words") << u"no-such-language"_s;
    QTest::addRow("unknown code") << u"xx"_s;
    QTest::addRow("name not code") << u"German"_s;
    QTest::addRow("path") << u"../de"_s;
}

void TstInstallTranslators::unknownLanguageFallsBackWithAWarning()
{
    QFETCH(QString, lang);
    QLocale::setDefault(QLocale::system());
    const keel::TranslationSetup setup =
        keel::installTranslators(*QCoreApplication::instance(), lang);
    QVERIFY(!setup.warning.isEmpty());
    QVERIFY(setup.warning.contains(lang));
    QCOMPARE(setup.locale, QLocale::system());
    QCOMPARE(QLocale(), QLocale::system()); // a bad override changes nothing
}

void TstInstallTranslators::secondCallReplacesTheFirst()
{
    keel::installTranslators(*QCoreApplication::instance(), u"de"_s);
    keel::installTranslators(*QCoreApplication::instance(), u"fr"_s);
    const TsFile fr = readTsFile(tsFileFor(u"fr"_s));
    int checked = 0;
    for (const TsMessage &m : fr.messages) {
        if (finished(m) && !m.numerus) {
            QCOMPARE(translate(m), m.translations.first());
            ++checked;
        }
    }
    QVERIFY(checked > 0);
    // Only our two translators (Qt's and Keel's) remain installed as children of the app.
    QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().size() <= 2);
}

QTEST_GUILESS_MAIN(TstInstallTranslators)
#include "tst_installtranslators.moc"
