#pragma once
// CSV as RFC 4180 writes it (comma separated, CRLF line ends, fields with a comma, quote or line
// break quoted, quotes doubled), made safe for spreadsheets: a cell that starts like a formula
// (= + - @, tab, CR) is prefixed with ' so Excel or Sheets shows it as text instead of running
// it. Plain numbers ("-12.5") are left alone: they cannot be a formula and must stay numbers.
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QIODevice;
QT_END_NAMESPACE

namespace keel::spend {

QString csvCell(const QString &value);
QString csvRow(const QStringList &cells); // cells joined by ',', ending "\r\n"

// Writes the header and every row of a table model (role ExportRole when a cell provides it,
// DisplayRole otherwise; see spendroles.h). False with `error` when the device fails.
bool writeModelCsv(const QAbstractItemModel &model, QIODevice &out, QString *error = nullptr);

} // namespace keel::spend
