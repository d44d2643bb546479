#pragma once
// URLs a page hands us (image links, the counter's endpoint), read the way a
// browser reads them, so a check here holds for what the browser will fetch.
#include <string>
#include <string_view>

namespace pw {

// `raw` as a browser's URL parser sees it: leading and trailing spaces and
// control characters dropped, tabs and newlines anywhere removed
// ("java\nscript:" is javascript:).
std::string browser_url(std::string_view raw);

// The scheme before the first ':' ("https", "javascript"), or empty for a
// relative URL ("/api", "//cdn.example.vn/a.jpg", "a:b/c" is not one: a
// scheme is a letter, then letters, digits, '+', '-' or '.').
std::string_view url_scheme(std::string_view url);

// Whether a browser_url() is fetched over the web: http:, https: or relative.
bool is_web_url(std::string_view url);

}  // namespace pw
