// SpendTableBase derives every role of a spend table from one cell description; checked here on
// its own, under QAbstractItemModelTester, through the smallest possible subclass.
#include <spend/spendroles.h>
#include <spend/spendtablebase.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel::spend;

namespace {

// One column per ValueKind exercised below; rows are set from the test.
class CellTable : public SpendTableBase {
public:
    void setCells(QList<CellValue> cells)
    {
        beginResetModel();
        m_cells = std::move(cells);
        endResetModel();
    }
    void append(const CellValue &cell)
    {
        beginInsertRows({}, int(m_cells.size()), int(m_cells.size()));
        m_cells << cell;
        endInsertRows();
    }
    void removeFirst()
    {
        beginRemoveRows({}, 0, 0);
        m_cells.removeFirst();
        endRemoveRows();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_cells.size()); }

protected:
    QStringList headers() const override { return {u"Value"_s}; }
    CellValue cell(int row, int) const override { return m_cells.at(row); }

private:
    QList<CellValue> m_cells;
};

} // namespace

Q_DECLARE_METATYPE(ValueKind)

class TestSpendTableBase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rolesFromOneCell_data()
    {
        QTest::addColumn<QVariant>("raw");
        QTest::addColumn<ValueKind>("kind");
        QTest::addColumn<QString>("exported");
        QTest::addColumn<int>("alignment");
        const int right = int(Qt::AlignRight | Qt::AlignVCenter);
        const int left = int(Qt::AlignLeft | Qt::AlignVCenter);
        QTest::addRow("money") << QVariant(qint64(1'234'567)) << ValueKind::Money << u"1.234567"_s << right;
        QTest::addRow("negative change") << QVariant(qint64(-5)) << ValueKind::MoneyChange << u"-0.000005"_s << right;
        QTest::addRow("count") << QVariant(qint64(42)) << ValueKind::Count << u"42"_s << right;
        QTest::addRow("ratio") << QVariant(0.25) << ValueKind::Ratio << u"0.250000"_s << right;
        QTest::addRow("ratio without data") << QVariant(std::nan("")) << ValueKind::SignedRatio << QString() << right;
        QTest::addRow("date") << QVariant(qint64(1'793'059'200'000)) << ValueKind::Date << u"2026-10-27"_s << right;
        QTest::addRow("no date") << QVariant(qint64(0)) << ValueKind::Date << QString() << right;
        QTest::addRow("text") << QVariant(u"<b>team</b>"_s) << ValueKind::Text << u"<b>team</b>"_s << left;
    }
    void rolesFromOneCell()
    {
        QFETCH(QVariant, raw);
        QFETCH(ValueKind, kind);
        QFETCH(QString, exported);
        QFETCH(int, alignment);
        CellTable table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setCells({CellValue{raw, kind}});
        const QModelIndex idx = table.index(0, 0);
        QCOMPARE(table.data(idx, ExportRole).toString(), exported);
        QCOMPARE(table.data(idx, Qt::DisplayRole).toString(), exported);
        QCOMPARE(table.data(idx, ValueKindRole).toInt(), int(kind));
        QCOMPARE(table.data(idx, RowIndexRole).toInt(), 0);
        QCOMPARE(table.data(idx, Qt::TextAlignmentRole).toInt(), alignment);
        QCOMPARE(table.data(idx, StatusRole), QVariant()); // not a role this table answers
        QCOMPARE(table.headerData(0, Qt::Horizontal).toString(), u"Value"_s);
        QCOMPARE(table.headerData(1, Qt::Horizontal), QVariant());
    }

    void insertRemoveAndResetUnderTester()
    {
        CellTable table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.append({qint64(1), ValueKind::Count});
        table.append({qint64(2), ValueKind::Count});
        QCOMPARE(table.rowCount(), 2);
        table.removeFirst();
        QCOMPARE(table.data(table.index(0, 0), RawValueRole).toLongLong(), 2);
        QCOMPARE(table.columnCount(), 1);
        QCOMPARE(table.columnCount(table.index(0, 0)), 0); // a table: cells have no children
        table.setCells({});
        QCOMPARE(table.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpendTableBase)
#include "tst_spendtablebase.moc"
