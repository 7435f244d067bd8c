// Used by the core layering probe's own tests: the SQL here must be reported.
#include "catalog/sql.h"
QSqlQuery query;
