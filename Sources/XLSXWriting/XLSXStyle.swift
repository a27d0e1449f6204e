import CXLSXWriter

/// How a cell looks. Each distinct style becomes one libxlsxwriter format, created on first use.
public struct XLSXStyle: Hashable, Sendable {
    public enum Border: Hashable, Sendable { case none, thin, double }

    public var bold = false
    public var italic = false
    public var grey = false
    /// Font size in points; nil is the default (11).
    public var fontSize: Int?
    /// Indent level of the text (each level is about three characters).
    public var indent = 0
    public var alignRight = false
    public var numberFormat: String?
    public var topBorder: Border = .none
    public var bottomBorder: Border = .none
    /// Background colour as 0xRRGGBB; nil is none.
    public var fillColor: UInt32?

    public init(bold: Bool = false, italic: Bool = false, grey: Bool = false, fontSize: Int? = nil, indent: Int = 0,
                alignRight: Bool = false, numberFormat: String? = nil,
                topBorder: Border = .none, bottomBorder: Border = .none, fillColor: UInt32? = nil) {
        self.bold = bold
        self.italic = italic
        self.grey = grey
        self.fontSize = fontSize
        self.indent = indent
        self.alignRight = alignRight
        self.numberFormat = numberFormat
        self.topBorder = topBorder
        self.bottomBorder = bottomBorder
        self.fillColor = fillColor
    }

    public static let plain = XLSXStyle()
}

/// The formats of one workbook, keyed by style. The workbook owns and frees the formats.
final class XLSXFormatCache {
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var formats: [XLSXStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The styles asked for most recently, newest first: a report asks for the same few over and over, and comparing
    /// a handful is cheaper than hashing one.
    private var recent: [(style: XLSXStyle, format: UnsafeMutablePointer<lxw_format>)] = []
    private static let recentCount = 8

    init(workbook: UnsafeMutablePointer<lxw_workbook>) {
        self.workbook = workbook
    }

    /// The format for `style`; nil (the default format) for the plain style.
    func format(_ style: XLSXStyle) -> UnsafeMutablePointer<lxw_format>? {
        if style == .plain { return nil }
        if let hit = recent.firstIndex(where: { $0.style == style }) { return recent[hit].format }
        guard let format = addedFormat(style) else { return nil }
        if recent.count == Self.recentCount { recent.removeLast() }
        recent.insert((style, format), at: 0)
        return format
    }

    /// The format for a style not among the recent ones, made the first time it is asked for.
    private func addedFormat(_ style: XLSXStyle) -> UnsafeMutablePointer<lxw_format>? {
        if let format = formats[style] { return format }
        guard let format = workbook_add_format(workbook) else { return nil }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.grey { format_set_font_color(format, LXW_COLOR_GRAY.rawValue) }
        if let size = style.fontSize { format_set_font_size(format, Double(size)) }
        if style.indent > 0 { format_set_indent(format, UInt8(clamping: style.indent)) }
        if style.alignRight { format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if let border = Self.border(style.topBorder) { format_set_top(format, border) }
        if let border = Self.border(style.bottomBorder) { format_set_bottom(format, border) }
        if let color = style.fillColor { format_set_bg_color(format, color) }
        formats[style] = format
        return format
    }

    private static func border(_ border: XLSXStyle.Border) -> UInt8? {
        switch border {
        case .none: nil
        case .thin: UInt8(LXW_BORDER_THIN.rawValue)
        case .double: UInt8(LXW_BORDER_DOUBLE.rawValue)
        }
    }
}
