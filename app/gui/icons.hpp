// Toolbar icons from the Fork Awesome icon font (Debian package fonts-fork-awesome, 1.2.0),
// merged into the interface font at load time (gui_main.cpp); no icon file is copied into
// the repository. The codepoints are those of the package's stylesheet,
// /usr/share/fonts-fork-awesome/css/fork-awesome.css (".fa-NAME:before { content: ... }"):
// the constant's name is the icon's CSS name.
#pragma once

namespace rk::gui::icons {

// Where the package installs the font. Missing: the toolbar falls back to text buttons.
inline constexpr const char* kFontFile =
    "/usr/share/fonts/truetype/fork-awesome/forkawesome-webfont.ttf";

// The glyph range merged into the atlas: every codepoint below lies in it.
inline constexpr unsigned kFirst = 0xf000;
inline constexpr unsigned kLast = 0xf2ff;

// UTF-8 of each codepoint (for ImGui's text functions), codepoint in the comment.
inline constexpr const char* kHome = "\xef\x80\x95";            // fa-home            f015
inline constexpr const char* kFileO = "\xef\x80\x96";           // fa-file-o          f016
inline constexpr const char* kFolderOpenO = "\xef\x84\x95";     // fa-folder-open-o   f115
inline constexpr const char* kFloppyO = "\xef\x83\x87";         // fa-floppy-o        f0c7
inline constexpr const char* kUndo = "\xef\x83\xa2";            // fa-undo            f0e2
inline constexpr const char* kRepeat = "\xef\x80\x9e";          // fa-repeat (redo)   f01e
inline constexpr const char* kUserPlus = "\xef\x88\xb4";        // fa-user-plus       f234
inline constexpr const char* kLongArrowRight = "\xef\x85\xb8";  // fa-long-arrow-right f178
inline constexpr const char* kPlay = "\xef\x81\x8b";            // fa-play            f04b
inline constexpr const char* kColumns = "\xef\x83\x9b";         // fa-columns         f0db
inline constexpr const char* kShareSquareO = "\xef\x81\x85";    // fa-share-square-o  f045
inline constexpr const char* kTelevision = "\xef\x89\xac";      // fa-television      f26c
// Side panels (issue 19): collapse, expand and the tabs of a collapsed panel's strip.
inline constexpr const char* kChevronLeft = "\xef\x81\x93";   // fa-chevron-left    f053
inline constexpr const char* kChevronRight = "\xef\x81\x94";  // fa-chevron-right   f054
inline constexpr const char* kChevronUp = "\xef\x81\xb7";     // fa-chevron-up      f077
inline constexpr const char* kChevronDown = "\xef\x81\xb8";   // fa-chevron-down    f078
inline constexpr const char* kInfoCircle = "\xef\x81\x9a";    // fa-info-circle     f05a
inline constexpr const char* kBook = "\xef\x80\xad";          // fa-book            f02d
inline constexpr const char* kHistory = "\xef\x87\x9a";       // fa-history         f1da
// The codepoint of kFloppyO: present in the atlas only when the icon font was merged.
inline constexpr unsigned kProbe = 0xf0c7;

}  // namespace rk::gui::icons
