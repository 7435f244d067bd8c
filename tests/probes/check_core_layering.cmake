# core/ keeps its layers: SQL lives in core/catalog only, and the low layers never include the high ones.
#   1. No file outside catalog/ uses Qt SQL (QSql...), includes catalog/sql.h or calls sql:: (the catalog's
#      repositories and functions are the way in).
#   2. util/, async/, store/, image/ and catalog/ include nothing from edit/, jobs/, library/, export/ or
#      import/ (they sit below them).
#   cmake -DDIR=<core folder> -P check_core_layering.cmake     (fails, listing each offending line)
cmake_minimum_required(VERSION 3.25) # script mode: IN_LIST needs the policy
if(NOT DIR)
    message(FATAL_ERROR "usage: cmake -DDIR=<core folder> -P check_core_layering.cmake")
endif()

# Files still allowed to run SQL outside catalog/, relative to DIR. Each entry is a debt: remove it with
# the SQL it excuses.
set(sql_allowed)
set(low_layers util async store image catalog)
set(high_layers edit jobs library export import)

file(GLOB_RECURSE sources RELATIVE "${DIR}" "${DIR}/*.cpp" "${DIR}/*.h")
set(problems "")
foreach(source IN LISTS sources)
    string(REGEX MATCH "^[^/]+" layer "${source}")
    set(check_sql TRUE)
    if(layer STREQUAL "catalog" OR source IN_LIST sql_allowed)
        set(check_sql FALSE)
    endif()
    set(check_layers FALSE)
    if(layer IN_LIST low_layers)
        set(check_layers TRUE)
    endif()
    file(STRINGS "${DIR}/${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(check_sql)
            if(line MATCHES "QSql[A-Za-z]+")
                string(APPEND problems "${source}:${number}: uses Qt SQL (${CMAKE_MATCH_0}); move the query into core/catalog\n")
            elseif(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*/)?catalog/sql\\.h[>\"]")
                string(APPEND problems "${source}:${number}: includes catalog/sql.h; move the query into core/catalog\n")
            elseif(line MATCHES "(^|[^A-Za-z0-9_:])sql::")
                string(APPEND problems "${source}:${number}: calls sql::; move the query into core/catalog\n")
            endif()
        endif()
        if(check_layers AND line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]([a-z]+)/[^>\"]*[>\"]")
            if(CMAKE_MATCH_1 IN_LIST high_layers)
                string(APPEND problems "${source}:${number}: ${layer}/ includes ${CMAKE_MATCH_1}/, a layer above it\n")
            endif()
        endif()
    endforeach()
endforeach()
if(problems)
    # Printed as is (a FATAL_ERROR message is re-wrapped), then the failure.
    message(NOTICE "${problems}")
    message(FATAL_ERROR "${DIR} breaks the core's layering (see above)")
endif()
list(LENGTH sources count)
message(STATUS "${count} files checked: SQL only in catalog/, no low layer includes a high one")
