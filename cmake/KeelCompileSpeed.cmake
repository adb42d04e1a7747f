# Precompiled headers. A Keel translation unit spends most of its compile time parsing the same
# headers: the standard library, nlohmann::json, QtCore, and for widgets and tests QtWidgets,
# QtCharts and QtTest. Each library precompiles the set it uses once; the test executables all
# share one precompiled header (REUSE_FROM keel_test_pch), so they are compiled with identical
# flags (keel_test_compile_policy). GCC silently ignores a precompiled header whose flags do not
# match, so a mismatch costs time, never correctness; -Winvalid-pch (KEEL_PCH_CHECK) shows it.
option(KEEL_PCH "Precompile the headers Keel's translation units share" ON)
option(KEEL_PCH_CHECK "Warn when a translation unit cannot use its precompiled header" OFF)

set(KEEL_PCH_STD
  <algorithm> <array> <atomic> <chrono> <cmath> <cstdint> <cstdio> <cstdlib> <cstring>
  <deque> <functional> <limits> <map> <memory> <mutex> <optional> <set> <sstream> <string>
  <string_view> <thread> <unordered_map> <unordered_set> <utility> <variant> <vector>)
set(KEEL_PCH_JSON <nlohmann/json.hpp>)
set(KEEL_PCH_QTCORE
  <QObject> <QString> <QStringList> <QByteArray> <QList> <QHash> <QMap> <QSet> <QVariant>
  <QDateTime> <QTimeZone> <QUrl> <QUrlQuery> <QFile> <QFileInfo> <QDir> <QTimer> <QPointer>
  <QSettings> <QCoreApplication> <QLocale> <QElapsedTimer> <QThread> <QMutex>
  <QLoggingCategory> <QJsonDocument> <QJsonObject> <QJsonArray>
  <QAbstractItemModel> <QAbstractTableModel> <QSortFilterProxyModel> <QStandardPaths>
  <QTemporaryDir> <QProcess>)
set(KEEL_PCH_QTWIDGETS
  <QApplication> <QWidget> <QMainWindow> <QDialog> <QLabel> <QPushButton> <QToolButton>
  <QLineEdit> <QComboBox> <QCheckBox> <QSpinBox> <QTableView> <QTreeView> <QHeaderView>
  <QSplitter> <QStackedWidget> <QTabWidget> <QBoxLayout> <QFormLayout> <QGridLayout>
  <QMenu> <QAction> <QPainter> <QPlainTextEdit> <QTextEdit> <QStyledItemDelegate>
  <QMessageBox> <QStatusBar> <QToolBar> <QProgressBar> <QKeyEvent> <QShortcut>
  <QtCharts/QChart> <QtCharts/QChartView> <QtCharts/QValueAxis> <QtCharts/QLineSeries>)
set(KEEL_PCH_QTTEST <QTest> <QSignalSpy> <QAbstractItemModelTester>)

# keel_precompile(target HEADERS...): the target's own precompiled header.
function(keel_precompile target)
  if(KEEL_PCH)
    target_precompile_headers(${target} PRIVATE ${ARGN})
    if(KEEL_PCH_CHECK)
      target_compile_options(${target} PRIVATE -Winvalid-pch)
    endif()
  endif()
endfunction()

# keel_reuse_precompiled(target from): the target compiles with `from`'s precompiled header.
function(keel_reuse_precompiled target from)
  if(KEEL_PCH)
    target_precompile_headers(${target} REUSE_FROM ${from})
    if(KEEL_PCH_CHECK)
      target_compile_options(${target} PRIVATE -Winvalid-pch)
    endif()
  endif()
endfunction()

# Unity builds: a library's sources compiled a batch at a time, so the headers and the template
# instantiations they share (nlohmann::json, QString, std::) are compiled once per batch instead
# of once per file. On for scripts/test.sh (a fresh clone compiles everything once); off by
# default, since an edit then recompiles the file's whole batch.
option(KEEL_UNITY_BUILD "Compile Keel's libraries in unity batches" OFF)
set(KEEL_UNITY_BATCH_SIZE 8 CACHE STRING "Sources per unity batch (KEEL_UNITY_BUILD)")
#
# keel_unity(target [ALONE files...]): ALONE lists sources compiled on their own, such as files
# with a file-local tr() helper: each passes its own translation context, which lupdate reads
# from the helper's name, so the helpers cannot be renamed apart.
function(keel_unity target)
  cmake_parse_arguments(U "" "" "ALONE" ${ARGN})
  if(KEEL_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${KEEL_UNITY_BATCH_SIZE})
    if(U_ALONE)
      set_source_files_properties(${U_ALONE} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    endif()
  endif()
endfunction()

# Developer and CI builds (scripts/test.sh): line tables only (-g1: backtraces and sanitizer
# reports keep file:line, gdb loses locals) and LLVM's lld, which links the ~90 executables of
# the test suite several times faster than GNU ld. Packagers keep the build type's full -g.
option(KEEL_FAST_BUILD "Build for the edit-compile-test loop: -g1 and lld" OFF)
if(KEEL_FAST_BUILD)
  add_compile_options($<$<CONFIG:RelWithDebInfo>:-g1>)
  find_program(KEEL_LLD ld.lld)
  if(KEEL_LLD)
    add_link_options(-fuse-ld=lld)
  endif()
endif()
