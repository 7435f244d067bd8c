# Every user-visible string is extractable by lupdate under the context the code asks for at run time,
# the committed .ts files know every context and translate every message (none unfinished or obsolete), and
# English has the plural forms of every %n message.
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -P check_translations.cmake
foreach(var LUPDATE SOURCE_DIR WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "usage: cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_translations.cmake")
    endif()
endforeach()

# 1. No hand-made contexts: a literal context in QCoreApplication::translate is invisible to lupdate
#    (core uses util/tr.h, the CLI clitr.h, QObject classes their own tr()).
file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/ui/*.cpp"
    "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
set(problems "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "QCoreApplication::translate\\(|QObject::tr\\(")
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "translate\\(\"main\"")
            string(APPEND problems "${source}: ${line}\n")
        endif()
    endforeach()
endforeach()

# 2. lupdate over the whole tree: no warnings about strings it cannot place.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(extracted "${WORK_DIR}/extracted.ts")
file(REMOVE "${extracted}")
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -I "${SOURCE_DIR}/core" -I "${SOURCE_DIR}/ui"
        "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${extracted}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
string(REGEX MATCHALL "[^\n]*(Cannot invoke tr|tr\\(\\) cannot be called|Qualifying with unknown|Discarding unconsumed)[^\n]*" warnings "${err}\n${out}")
foreach(w IN LISTS warnings)
    string(APPEND problems "lupdate: ${w}\n")
endforeach()

# 3. Every extracted context is in every committed .ts file.
file(READ "${extracted}" extractedText)
string(REGEX MATCHALL "<name>[^<]+</name>" extractedContexts "${extractedText}")
list(REMOVE_DUPLICATES extractedContexts)
file(GLOB tsFiles "${SOURCE_DIR}/translations/*.ts")
# loracraft_en.ts holds English plural forms only (lupdate -pluralonly): checked for those below.
list(FILTER tsFiles EXCLUDE REGEX "_en\\.ts$")
foreach(ts IN LISTS tsFiles)
    file(READ "${ts}" tsText)
    foreach(context IN LISTS extractedContexts)
        string(FIND "${tsText}" "${context}" at)
        if(at EQUAL -1)
            string(APPEND problems "${ts} has no ${context} (run: cmake --build build --target update_translations)\n")
        endif()
    endforeach()
endforeach()

# 4. Every shipped translation is complete: lupdate run over a copy adds nothing unfinished (no string of the
#    code is missing, none changed since it was translated), and the committed file keeps no obsolete entry.
foreach(ts IN LISTS tsFiles)
    get_filename_component(tsName "${ts}" NAME)
    set(copy "${WORK_DIR}/complete/${tsName}")
    file(MAKE_DIRECTORY "${WORK_DIR}/complete")
    configure_file("${ts}" "${copy}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -no-obsolete -locations none -I "${SOURCE_DIR}/core" -I "${SOURCE_DIR}/ui"
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        string(APPEND problems "lupdate failed on a copy of ${tsName}\n")
        continue()
    endif()
    file(READ "${copy}" updated)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" unfinished "${updated}")
    list(LENGTH unfinished unfinishedCount)
    if(unfinishedCount GREATER 0)
        list(GET unfinished 0 first)
        string(APPEND problems "${tsName}: ${unfinishedCount} message(s) untranslated or changed since, e.g. ${first}\n")
    endif()
    file(READ "${ts}" committed)
    if(committed MATCHES "type=\"(obsolete|vanished)\"")
        string(APPEND problems "${tsName} keeps obsolete entries (run: cmake --build build --target update_translations)\n")
    endif()
endforeach()

# 5. Every message with %n has its English plural forms, finished.
# (';' and brackets would split or nest CMake list items: both texts get the same stand-ins first.)
file(READ "${SOURCE_DIR}/translations/loracraft_en.ts" enText)
foreach(var extractedPlain enPlain)
    if(var STREQUAL extractedPlain)
        set(text "${extractedText}")
    else()
        set(text "${enText}")
    endif()
    string(REPLACE ";" "@SEMICOLON@" text "${text}")
    string(REPLACE "[" "@LBRACKET@" text "${text}")
    string(REPLACE "]" "@RBRACKET@" text "${text}")
    set(${var} "${text}")
endforeach()
string(REGEX MATCHALL "<message numerus=\"yes\">[ \n]*<source>[^<]*</source>" pluralMessages "${extractedPlain}")
foreach(message IN LISTS pluralMessages)
    string(REGEX REPLACE ".*<source>([^<]*)</source>" "\\1" source "${message}")
    string(FIND "${enPlain}" "<source>${source}</source>" at)
    if(at EQUAL -1)
        string(APPEND problems "loracraft_en.ts lacks the plural forms of “${source}” (run: cmake --build build --target update_translations, then fill them)\n")
    endif()
endforeach()
string(REGEX MATCH "type=\"unfinished\"" unfinishedPlural "${enText}")
if(unfinishedPlural)
    string(APPEND problems "loracraft_en.ts has unfinished plural forms\n")
endif()

list(LENGTH extractedContexts count)
if(problems)
    message(NOTICE "${problems}")
    message(FATAL_ERROR "Translations are not extractable as used (see above)")
endif()
message(STATUS "${count} translation contexts extracted; every one is in the .ts files")
