# Installation and the Debian package (cpack -G DEB, wrapped by scripts/package.sh): the two
# programs, the menu entry, its icon, AppStream metainfo, man pages and bash completion, with
# the shared-library dependencies found by dpkg-shlibdeps and the Qt plugins the programs load
# at run time (which no linker sees) named by hand.
include(GNUInstallDirs)
set(desktop ${CMAKE_CURRENT_LIST_DIR})
set(app_id org.datastorestudio.DatastoreStudio)
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/datastore-studio) # the package name, not the project's

install(TARGETS datastore-studio dsstudio RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${desktop}/${app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${desktop}/${app_id}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${desktop}/${app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${desktop}/dsstudio.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME dsstudio)
install(FILES ${desktop}/copyright DESTINATION ${doc_dir})
# Man pages and the changelog compressed with the highest level, as Debian policy asks.
find_program(GZIP gzip REQUIRED)
foreach(page dsstudio.1 datastore-studio.1)
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${page}.gz
                       COMMAND ${GZIP} -9nc ${desktop}/${page} > ${CMAKE_CURRENT_BINARY_DIR}/${page}.gz
                       DEPENDS ${desktop}/${page} VERBATIM)
    list(APPEND man_pages ${CMAKE_CURRENT_BINARY_DIR}/${page}.gz)
endforeach()
string(TIMESTAMP changelog_date "%a, %d %b %Y 00:00:00 +0000" UTC)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/changelog
     "datastore-studio (${PROJECT_VERSION}) unstable; urgency=medium\n\n"
     "  * Packaged from the build tree with cpack.\n\n"
     " -- The Datastore Studio authors <maintainers@datastorestudio.org>  ${changelog_date}\n")
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
                   COMMAND ${GZIP} -9nc ${CMAKE_CURRENT_BINARY_DIR}/changelog > ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
                   DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog VERBATIM)
add_custom_target(package_docs ALL DEPENDS ${man_pages} ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${doc_dir})

set(CPACK_PACKAGE_NAME datastore-studio)
set(CPACK_PACKAGE_VENDOR "The Datastore Studio authors")
set(CPACK_PACKAGE_CONTACT "The Datastore Studio authors <maintainers@datastorestudio.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop studio and CLI for Azure Machine Learning datastores")
set(CPACK_PACKAGE_DESCRIPTION
    "Datastore Studio registers Azure Machine Learning datastores by\n"
    "point-and-click, browses their contents and sets the workspace's default\n"
    "datastore; dsstudio does the same from a terminal. Secrets are kept only\n"
    "in the system keychain.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY datastore-studio)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/datastore-studio/datastore-studio")
# Loaded at run time: the SQLite driver holds every local workspace; the windowing plugins
# draw the studio; a Secret Service keeps the secrets. The other databases' drivers when used.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc, libqt6sql6-psql, libqt6sql6-mysql, libqt6sql6-odbc")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "tdsodbc")
set(CPACK_GENERATOR DEB)
include(CPack)
