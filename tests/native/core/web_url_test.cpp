#include "core/web_url.h"

#include <gtest/gtest.h>

#include <string>

namespace pw {
namespace {

TEST(BrowserUrl, DropsWhatABrowserDropsBeforeReadingTheScheme) {
  EXPECT_EQ(browser_url("  /anh/hoi-nghi.jpg \n"), "/anh/hoi-nghi.jpg");
  EXPECT_EQ(browser_url("java\nscr\tipt:alert(1)"), "javascript:alert(1)");
  // C0 controls and spaces at either end go; DEL is not one of them.
  EXPECT_EQ(browser_url("\x01\x1f https://tinh.gov.vn/a b.jpg\x7f"), "https://tinh.gov.vn/a b.jpg\x7f");
  EXPECT_EQ(browser_url(" \t\r\n "), "");
}

TEST(UrlScheme, IsALetterThenLettersDigitsPlusMinusOrDotBeforeTheColon) {
  EXPECT_EQ(url_scheme("https://tinh.gov.vn/"), "https");
  EXPECT_EQ(url_scheme("JavaScript:void(0)"), "JavaScript");
  EXPECT_EQ(url_scheme("web+app.v-2:x"), "web+app.v-2");
  EXPECT_EQ(url_scheme("a:b/c"), "a");
  // Relative URLs have none.
  EXPECT_EQ(url_scheme("/api/visitors"), "");
  EXPECT_EQ(url_scheme("//cdn.tinh.gov.vn/a.jpg"), "");
  EXPECT_EQ(url_scheme("anh/a.jpg?t=1:2"), "");  // the '/' comes first
  EXPECT_EQ(url_scheme("1http:x"), "");         // a scheme starts with a letter
  EXPECT_EQ(url_scheme("no-colon"), "");
  EXPECT_EQ(url_scheme(""), "");
}

TEST(IsWebUrl, OnlyHttpHttpsAndRelativeAreFetchedOverTheWeb) {
  EXPECT_TRUE(is_web_url("https://tinh.gov.vn/a.jpg"));
  EXPECT_TRUE(is_web_url("HTTP://tinh.gov.vn/a.jpg"));
  EXPECT_TRUE(is_web_url("/a.jpg"));
  EXPECT_TRUE(is_web_url("a.jpg"));
  EXPECT_FALSE(is_web_url("javascript:alert(1)"));
  EXPECT_FALSE(is_web_url(browser_url("java\nscript:alert(1)")));
  EXPECT_FALSE(is_web_url("data:image/png;base64,AAAA"));
  EXPECT_FALSE(is_web_url("vbscript:x"));
  EXPECT_FALSE(is_web_url("ftp://tinh.gov.vn/a.jpg"));
}

}  // namespace
}  // namespace pw
