# What `cmake --install` puts where, and the packages CPack makes of it (included by the top CMakeLists).
#   bin/loracraft, bin/loracraft-cli, lib/loracraft/loracraft_facedetect.so (found from bin/ as ../lib/loracraft),
#   share/applications, share/metainfo, share/icons/hicolor, share/doc/loracraft.
# `cpack -G DEB` (Debian/Ubuntu, its dependencies computed by dpkg-shlibdeps plus the plugins and data Qt and
# OpenCV load at run time) and `cpack -G TGZ` (relocatable: everything relative to the prefix).
# packaging/check-package.sh installs the .deb and runs the installed programs (the test command does).
include(GNUInstallDirs)

set(LC_APP_ID org.loracraft.LoRACraft)
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${LC_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${LC_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/packaging/linux/icons/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/loracraft.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${LC_APP_ID}.svg)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/loracraft)

set(CPACK_PACKAGE_NAME loracraft)
set(CPACK_PACKAGE_VENDOR "The LoRA Craft authors")
set(CPACK_PACKAGE_CONTACT "The LoRA Craft authors <loracraft@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Turn folders of images into training-ready LoRA datasets")
set(CPACK_PACKAGE_DESCRIPTION "LoRA Craft turns messy folders of images into training-ready datasets for LoRA image
models (Flux, SDXL): import, duplicates, buckets and crops, captions with undo, auto-captioning, export for
seven trainers, training on Replicate, and image search with licences kept. loracraft-cli drives the same
core headless.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_FILE_NAME "loracraft-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_GENERATOR TGZ)

find_program(LC_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(LC_DPKG_SHLIBDEPS)
    list(APPEND CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # the shared libraries the binaries link, with their versions
    # What is loaded at run time and so invisible to dpkg-shlibdeps: Qt's SQLite driver, the platform
    # plugins, image formats (WebP, TIFF, SVG icons), OpenCV's face cascades, a font with CJK glyphs for the
    # Japanese and Chinese translations.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-image-formats-plugins, libqt6svg6, opencv-data, fonts-wqy-microhei | fonts-noto-cjk")
    # A Secret Service keeps API keys; without one they come from the environment.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
endif()

# Windows and macOS (recipes in packaging/README.md, not tested here): an NSIS installer with a Start menu entry,
# and a drag-and-drop disk image of the app bundle.
if(WIN32)
    set(CPACK_GENERATOR ZIP NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "LoRA Craft")
    set(CPACK_NSIS_PACKAGE_NAME "LoRA Craft")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "LoRA Craft")
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/loracraft.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/loracraft.exe)
    set(CPACK_PACKAGE_EXECUTABLES loracraft "LoRA Craft")
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "LoRA Craft")
endif()

include(CPack)
