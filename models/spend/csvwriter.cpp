#include "csvwriter.h"

#include "spendroles.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keel::spend {

QString csvCell(const QString &value)
{
    QString v = value;
    static const QRegularExpression plainNumber(u"^[+-]?[0-9]+([.][0-9]+)?$"_s);
    if (!v.isEmpty()) {
        const QChar c = v.front();
        const bool formulaLike = c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
        if (formulaLike && !plainNumber.match(v).hasMatch())
            v.prepend(u'\'');
    }
    const bool quote = v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')
        || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    v.replace(u"\""_s, u"\"\""_s);
    return u'"' + v + u'"';
}

QString csvRow(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << csvCell(c);
    return out.join(u',') + u"\r\n"_s;
}

bool writeModelCsv(const QAbstractItemModel &model, QIODevice &out, QString *error)
{
    const auto write = [&](const QStringList &cells) {
        const QByteArray line = csvRow(cells).toUtf8();
        if (out.write(line) != line.size()) {
            if (error)
                *error = out.errorString();
            return false;
        }
        return true;
    };
    const int columns = model.columnCount();
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    if (!write(header))
        return false;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columns; ++c) {
            const QModelIndex idx = model.index(r, c);
            const QVariant exportValue = model.data(idx, ExportRole);
            cells << (exportValue.isValid() ? exportValue : model.data(idx, Qt::DisplayRole)).toString();
        }
        if (!write(cells))
            return false;
    }
    return true;
}

} // namespace keel::spend
