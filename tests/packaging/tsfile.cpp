#include "tsfile.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace keel::test {

namespace {

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.hasTranslation = true;
    message.translationType = xml.attributes().value(u"type"_s).toString();
    if (!message.numerus) {
        message.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform"_s)
            message.translations << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source"_s)
            message.source = xml.readElementText();
        else if (xml.name() == u"comment"_s)
            message.comment = xml.readElementText();
        else if (xml.name() == u"translation"_s)
            readTranslation(xml, message);
        else if (xml.name() == u"location"_s) {
            const QString file = xml.attributes().value(u"filename"_s).toString();
            if (!file.isEmpty())
                message.files << file;
            xml.skipCurrentElement();
        }
        else
            xml.skipCurrentElement();
    }
    return message;
}

} // namespace

QSet<QString> TsFile::keys() const
{
    QSet<QString> result;
    for (const TsMessage &m : messages)
        result.insert(m.key());
    return result;
}

TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open "_s + path + u": "_s + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS"_s) {
        ts.error = path + u" is not a Qt Linguist TS file"_s;
        return ts;
    }
    ts.language = xml.attributes().value(u"language"_s).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context"_s) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name"_s)
                context = xml.readElementText();
            else if (xml.name() == u"message"_s)
                ts.messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = path + u": line "_s + QString::number(xml.lineNumber()) + u": "_s
                   + xml.errorString();
    return ts;
}

} // namespace keel::test
