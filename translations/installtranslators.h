#pragma once
// Loads Keel's own catalogues (embedded from translations/keel_<lang>.ts) and Qt's (qtbase, from
// the system's Qt translations folder) for the system locale or for an explicit --lang.
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace keel {

struct TranslationSetup {
    QLocale locale;          // the locale the UI now speaks (also QLocale's default when overridden)
    bool keelLoaded = false; // a keel_<lang>.qm matched (false for English, the source language)
    bool qtLoaded = false;   // Qt's own qtbase_<lang>.qm matched (dialog buttons, shortcuts…)
    QString warning;         // non-empty when langOverride was not understood (then: system locale)
};

// Call once in main(), after constructing the application and before creating any window:
//   keel::installTranslators(app, parser.value(u"lang"_s));
// An empty langOverride follows QLocale::system() (its uiLanguages(), in order). Otherwise it is a
// BCP 47 / POSIX name such as "de", "fr_FR" or "en"; the override also becomes QLocale's default so
// numbers, dates and money are formatted for the same language. Calling again replaces the
// translators installed by the previous call.
TranslationSetup installTranslators(QCoreApplication &app, const QString &langOverride = {});

// Languages Keel ships a catalogue for, e.g. {"de", "fr"}; English (the source) is implicit.
QStringList availableLanguages();

} // namespace keel
