// Used by the core layering probe's own tests: the allow-listed file is not reported.
QSqlQuery query;
