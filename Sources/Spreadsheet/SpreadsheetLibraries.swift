import CLibXML2
import CXLSXWriter
import CZip

/// The C libraries the spreadsheet code runs on, with the versions linked at run time.
public enum SpreadsheetLibraries {
    public static var versions: [(name: String, version: String)] {
        [
            ("libxlsxwriter", String(cString: lxw_version())),
            ("libzip", String(cString: zip_libzip_version())),
            ("libxml2", LIBXML_DOTTED_VERSION),
        ]
    }
}
