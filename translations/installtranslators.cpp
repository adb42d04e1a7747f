#include "installtranslators.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTranslator>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "keel.i18n")

namespace keel {

namespace {

constexpr char kTranslatorTag[] = "keel-installed-translator";

bool loadInto(QCoreApplication &app, const QLocale &locale, const QString &catalogue,
              const QString &dir)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QString::fromLatin1(kTranslatorTag));
    if (!translator->load(locale, catalogue, u"_"_s, dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

// "en", "de_DE", "fr-CA", "sr-Latn-RS" map to a real language. The shape is checked first because
// QLocale reads just the leading letters: "no-such-language" would become Norwegian.
std::optional<QLocale> localeFor(const QString &name)
{
    static const QRegularExpression shape(
        u"^[A-Za-z]{2,3}([_-][A-Za-z]{4})?([_-]([A-Za-z]{2}|[0-9]{3}))?$"_s);
    if (!shape.match(name).hasMatch())
        return std::nullopt;
    const QLocale locale(name);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return std::nullopt;
    return locale;
}

} // namespace

TranslationSetup installTranslators(QCoreApplication &app, const QString &langOverride)
{
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(
        QString::fromLatin1(kTranslatorTag), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    TranslationSetup setup;
    setup.locale = QLocale::system();
    const QString wanted = langOverride.trimmed();
    if (!wanted.isEmpty()) {
        if (const auto locale = localeFor(wanted)) {
            setup.locale = *locale;
            QLocale::setDefault(*locale);
        } else {
            setup.warning = QCoreApplication::translate(
                                "keel::installTranslators",
                                "Unknown language \"%1\"; using the system language.")
                                .arg(wanted);
        }
    }

    // English is the source language. Without this, QTranslator::load() would walk on to the
    // user's second UI language (say en-US, de-DE) and show German to someone who asked for English.
    if (setup.locale.language() == QLocale::English) {
        qCInfo(lcI18n) << "UI language" << setup.locale.name() << "(source language)";
        return setup;
    }

    // Qt's catalogue first: a translator installed later is searched first, so ours wins if both
    // translate the same context.
    setup.qtLoaded = loadInto(app, setup.locale, u"qtbase"_s,
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    setup.keelLoaded = loadInto(app, setup.locale, u"keel"_s, u":/i18n"_s);
    qCInfo(lcI18n) << "UI language" << setup.locale.name() << "keel catalogue" << setup.keelLoaded
                   << "Qt catalogue" << setup.qtLoaded;
    return setup;
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"keel_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(5).chopped(3);
    return languages;
}

} // namespace keel
