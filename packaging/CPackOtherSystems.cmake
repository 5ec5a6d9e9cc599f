# Packages for Windows and macOS: written for those systems' own build machines (see packaging/README.md); this
# file changes nothing on Linux, where the Debian package is built.
if(WIN32)
  # NSIS: an installer with a Start menu entry; WIX (cpack -G WIX) works with the same settings and an upgrade GUID.
  set(CPACK_GENERATOR NSIS)
  set(CPACK_PACKAGE_INSTALL_DIRECTORY "Task Center Connect")
  set(CPACK_PACKAGE_EXECUTABLES taskcenter-connect "Task Center Connect")
  set(CPACK_NSIS_DISPLAY_NAME "Task Center Connect")
  set(CPACK_NSIS_PACKAGE_NAME "Task Center Connect")
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin/taskcenter-connect.exe)
  set(CPACK_NSIS_MODIFY_PATH ON) # offers to put the command line on PATH
  set(CPACK_WIX_UPGRADE_GUID 6B1E2C55-6F0A-4C3E-9D0B-2B7C1E5A9F41)
  set(CPACK_WIX_PRODUCT_NAME "Task Center Connect")
elseif(APPLE)
  # A disk image holding the application bundle, to drag into Applications.
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME "Task Center Connect")
  set(CPACK_DMG_FORMAT UDZO)
endif()
