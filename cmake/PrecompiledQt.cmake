# Qt's headers are about half of what each file costs to compile (WelcomePage.cpp: 3.9 s of its 7.4 s only parses
# them), and every file parses the same ones. A build folder parses them once, into a precompiled header that every
# target reuses. GCC only: clang refuses a precompiled header made with other definitions, and the clang build
# (fuzzing) is small.
#
# GCC uses a precompiled header only where every macro defined when it was made is defined alike, and no macro its
# headers test has changed. So it is made with only what every target defines (Qt6::Core's definitions, not
# QT_WIDGETS_LIB or QT_TESTLIB_LIB), from headers that test none of these (QtTest's do, and stay out). A file that
# cannot use it reads the same headers as text: slower, never wrong, and -Winvalid-pch says so in the build's output.
option(TCC_PRECOMPILE_QT "Parse Qt's headers once per build folder (GCC)" ON)

# The Qt headers most files include, module-qualified: the header is made with Qt6::Core's include path only.
set(TCC_PRECOMPILED_QT_HEADERS
  <QtCore/QByteArray> <QtCore/QCoreApplication> <QtCore/QDateTime> <QtCore/QDir> <QtCore/QFile>
  <QtCore/QFileInfo> <QtCore/QHash> <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QJsonObject>
  <QtCore/QList> <QtCore/QLocale> <QtCore/QLoggingCategory> <QtCore/QObject> <QtCore/QPointer>
  <QtCore/QRegularExpression> <QtCore/QSet> <QtCore/QSettings> <QtCore/QStandardPaths> <QtCore/QString>
  <QtCore/QStringList> <QtCore/QTemporaryDir> <QtCore/QTimer> <QtCore/QUrl> <QtCore/QUrlQuery>
  <QtNetwork/QNetworkAccessManager> <QtNetwork/QNetworkReply>
  <QtWidgets/QApplication> <QtWidgets/QCheckBox> <QtWidgets/QComboBox> <QtWidgets/QFormLayout>
  <QtWidgets/QLabel> <QtWidgets/QLineEdit> <QtWidgets/QPlainTextEdit> <QtWidgets/QPushButton>
  <QtWidgets/QBoxLayout> <QtWidgets/QTreeWidget> <QtWidgets/QWizardPage>)

# tcc_precompile_qt(<host>): a target that only makes the precompiled header, with this folder's compile options
# (tests/ builds with -Og, and GCC wants the same optimisation).
function(tcc_precompile_qt host)
  if(NOT TCC_PRECOMPILE_QT OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  set(source ${CMAKE_CURRENT_BINARY_DIR}/${host}.cpp)
  file(CONFIGURE OUTPUT ${source} CONTENT "// Only the precompiled header of this folder is made from this target.\n")
  add_library(${host} OBJECT ${source})
  target_link_libraries(${host} PRIVATE Qt6::Core)
  target_precompile_headers(${host} PRIVATE ${TCC_PRECOMPILED_QT_HEADERS})
endfunction()

# tcc_reuse_precompiled_qt(<folder> <host>): every C++ target of a source folder reuses the host's header.
function(tcc_reuse_precompiled_qt folder host)
  if(NOT TARGET ${host})
    return()
  endif()
  get_property(targets DIRECTORY ${folder} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(target ${targets})
    get_target_property(type ${target} TYPE)
    if(target STREQUAL host OR NOT type MATCHES "EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|OBJECT_LIBRARY")
      continue()
    endif()
    target_precompile_headers(${target} REUSE_FROM ${host})
    target_compile_options(${target} PRIVATE -Winvalid-pch)
    # Most targets' moc file is all but empty: loading the header would be its whole cost.
    get_target_property(binary_dir ${target} BINARY_DIR)
    set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp TARGET_DIRECTORY ${target}
                                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endforeach()
endfunction()
