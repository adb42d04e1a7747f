#pragma once
// A reader for Qt Linguist .ts files, enough to judge whether a catalogue is complete.
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace keel::test {

struct TsMessage {
    QString context;
    QString source;
    QString comment;        // disambiguation: part of the message's identity
    bool numerus = false;
    bool hasTranslation = false;   // a <translation> element is present
    QString translationType;       // "", "unfinished", "vanished" or "obsolete"
    QStringList translations;      // one entry, or one per <numerusform>
    QStringList files;             // <location filename>s (absolute with lupdate -locations absolute)
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;          // non-empty when the file could not be read or parsed
    QSet<QString> keys() const;
};

TsFile readTsFile(const QString &path);

} // namespace keel::test
