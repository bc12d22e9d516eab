#pragma once

#include <QString>

// Rules for attachments and feedback, header-only so the client can check a
// file before it starts an upload and the server enforces the same.
namespace ccr::validation {

inline constexpr int kMaxAttachmentNameBytes = 255; // UTF-8 bytes, what file systems allow
inline constexpr int kMaxMimeTypePart = 63;         // per side of the slash (RFC 6838 allows 127; nobody needs it)
inline constexpr int kMinRatingScore = 1;
inline constexpr int kMaxRatingScore = 5;
inline constexpr int kMaxRatingComment = 2000; // code points

// A file name is metadata only (the stored file is named by its hash), but it
// travels back to other people's machines, where it may be used to save the
// file: no path separators, no control or format characters (bidi overrides
// could disguise "exe.txt"), not "." or "..", not empty, at most 255 bytes.
inline bool isValidAttachmentName(const QString &name)
{
    if (name.isEmpty() || name == u"." || name == u".." || !name.isValidUtf16()
        || name.toUtf8().size() > kMaxAttachmentNameBytes)
        return false;
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

// "type/subtype" in RFC 6838 restricted-name characters, no parameters. The
// server only stores it; what a client previews is its own allow-list.
inline bool isValidMimeType(const QString &mimeType)
{
    const qsizetype slash = mimeType.indexOf(u'/');
    if (slash <= 0 || slash != mimeType.lastIndexOf(u'/') || slash == mimeType.size() - 1)
        return false;
    const auto validPart = [](QStringView part) {
        if (part.size() > kMaxMimeTypePart || !part.front().isLetterOrNumber())
            return false;
        for (QChar c : part) {
            const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
            if (!alnum && !QStringView(u"!#$&-^_.+").contains(c))
                return false;
        }
        return true;
    };
    return validPart(QStringView(mimeType).left(slash)) && validPart(QStringView(mimeType).mid(slash + 1));
}

// Characters as people count them: a character outside the BMP is one.
inline qsizetype codePointCount(const QString &text)
{
    qsizetype count = 0;
    for (QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1;
    return count;
}

} // namespace ccr::validation
