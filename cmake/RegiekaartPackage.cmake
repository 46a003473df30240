# The Debian package (CPack DEB): `scripts/dev package` writes
# build/package/regiekaart_<version>_amd64.deb (cpack -B build/package). Depends on shared
# libraries are found by dpkg-shlibdeps; what the program loads without linking it is
# listed by hand below.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME regiekaart)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Regiekaart")
set(CPACK_PACKAGE_CONTACT "Regiekaart maintainers <regiekaart@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "map and analyse actor networks in Dutch public administration")
# One string (a CMake list would join its parts with ';' in the control file).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "Regiekaart maps which organisations take part in a public task, which roles and\n"
  "mandates they hold and who directs whom (regie). It measures centrality and\n"
  "fragmentation, diagnoses structural problems, compares networks before and after a\n"
  "reorganisation and exports diagrams and tables for reports. Desktop application\n"
  "and command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # regiekaart_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: libGL (glad and GLFW open it with
# dlopen), Mesa's OpenGL driver (software rendering included), the font the GUI asks
# fontconfig for, and the Graphviz plugins (in libgvc6, already a linked dependency).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libgl1, libgl1-mesa-dri, libglx-mesa0, fonts-dejavu-core")
# The portal and a backend give Open and Save the desktop's own file chooser; the icon font
# gives the toolbar its icons (without it the buttons are text).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "xdg-desktop-portal, xdg-desktop-portal-gtk | xdg-desktop-portal-backend, shared-mime-info, desktop-file-utils, fonts-fork-awesome")
include(CPack)
