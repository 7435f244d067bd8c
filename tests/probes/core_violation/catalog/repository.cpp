// Used by the core layering probe's own tests: SQL in the catalog is fine.
#include "catalog/sql.h"
QSqlQuery query;
