# ui/ and app/ talk to the library through LibraryService: it includes no catalog repository header and runs no
# SQL. Value types (catalog/types.h, itemtypes.h, historyentry.h, rules.h) are fine.
# It chains no continuation (.then) on a service's future: results come back through async::onResult or
# async::Latest, and work that needs two steps is one service job. Under Qt 6.4 a continuation on a
# future the Library's FutureSynchronizer holds made cancelAndWait touch freed state (test_ui crashed
# about one run in two when the duplicates dialog closed).
#   cmake -DDIR=<folder> -P check_ui_layering.cmake     (fails, listing each offending line)
if(NOT DIR)
    message(FATAL_ERROR "usage: cmake -DDIR=<folder> -P check_ui_layering.cmake")
endif()
file(GLOB_RECURSE sources "${DIR}/*.cpp" "${DIR}/*.h")
set(forbidden_headers catalog/catalog.h catalog/sql.h catalog/items.h catalog/datasets.h catalog/workspaces.h
    catalog/history.h catalog/schema.h catalog/names.h)
set(problems "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        foreach(header IN LISTS forbidden_headers)
            if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]${header}[>\"]")
                string(APPEND problems "${source}:${number}: includes ${header} (use LibraryService)\n")
            endif()
        endforeach()
        if(line MATCHES "QSql[A-Za-z]+")
            string(APPEND problems "${source}:${number}: uses Qt SQL (use LibraryService)\n")
        endif()
        if(line MATCHES "\\.then[ \t]*\\(")
            string(APPEND problems "${source}:${number}: chains .then() on a future (use async::onResult, or one service job)\n")
        endif()
    endforeach()
endforeach()
if(problems)
    # Printed as is (a FATAL_ERROR message is re-wrapped), then the failure.
    message(NOTICE "${problems}")
    message(FATAL_ERROR "${DIR} reaches into the catalog or chains a continuation (see above)")
endif()
list(LENGTH sources count)
message(STATUS "${count} files checked: ${DIR} goes through LibraryService")
