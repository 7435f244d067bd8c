#pragma once

#include <QCoreApplication>

// One translation context per module of the core (after Qt Creator's imageviewertr.h): code that is not
// a QObject calls ModuleTr::tr("..."), and lupdate files the string under the same context the code asks
// for at run time. QObject classes use their own tr() (context: the class name). A test runs lupdate
// over the tree and fails when a string cannot be extracted or its context is missing from the .ts files.
namespace lc {

struct AsyncTr { Q_DECLARE_TR_FUNCTIONS(Async) };
struct CaptionTr { Q_DECLARE_TR_FUNCTIONS(Caption) };
struct CatalogTr { Q_DECLARE_TR_FUNCTIONS(Catalog) };
struct EditTr { Q_DECLARE_TR_FUNCTIONS(Edit) };
struct ExportTr { Q_DECLARE_TR_FUNCTIONS(Export) };
struct ImageTr { Q_DECLARE_TR_FUNCTIONS(Image) };
struct ImportTr { Q_DECLARE_TR_FUNCTIONS(Import) };
struct JobsTr { Q_DECLARE_TR_FUNCTIONS(Jobs) };
struct LibraryTr { Q_DECLARE_TR_FUNCTIONS(Library) };
struct NetTr { Q_DECLARE_TR_FUNCTIONS(Net) };
struct SecretsTr { Q_DECLARE_TR_FUNCTIONS(Secrets) };
struct ReplicateTr { Q_DECLARE_TR_FUNCTIONS(Replicate) };
struct SearchTr { Q_DECLARE_TR_FUNCTIONS(Search) };
struct StoreTr { Q_DECLARE_TR_FUNCTIONS(Store) };
struct TrainTr { Q_DECLARE_TR_FUNCTIONS(Train) };
struct CurationTr { Q_DECLARE_TR_FUNCTIONS(Curation) };
struct UtilTr { Q_DECLARE_TR_FUNCTIONS(Util) };

} // namespace lc
