// codec_test.go checks the UTF-8 error ranges and reasons and the
// encoding-name normalisation against values CPython 3.11 reports.

package vm

import "testing"

// TestUTF8Error compares utf8Error with CPython's
// bytes.decode('utf-8') errors (start is always 0 here).
func TestUTF8Error(t *testing.T) {
	cases := []struct {
		in     string
		end    int
		reason string
	}{
		{"\xff", 1, "invalid start byte"},
		{"\x80", 1, "invalid start byte"},
		{"\xc0\xaf", 1, "invalid start byte"},
		{"\xc3", 1, "unexpected end of data"},
		{"\xe2\x82", 2, "unexpected end of data"},
		{"\xe2\x28\xa1", 1, "invalid continuation byte"},
		{"\xf0\x9f\x98x", 3, "invalid continuation byte"},
		{"\xed\xa0\x80", 1, "invalid continuation byte"},
		{"\xe0\x80\x80", 1, "invalid continuation byte"},
		{"\xf4\x90\x80\x80", 1, "invalid continuation byte"},
		{"\xf5", 1, "invalid start byte"},
	}
	for _, c := range cases {
		end, reason := utf8Error([]byte(c.in), 0)
		if end != c.end || reason != c.reason {
			t.Errorf("utf8Error(%q) = %d, %q; want %d, %q", c.in, end, reason, c.end, c.reason)
		}
	}
	for _, ok := range []string{"\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xed\x9f\xbf", "\xf4\x8f\xbf\xbf"} {
		if n := utf8Valid([]byte(ok), 0); n != len(ok) {
			t.Errorf("utf8Valid(%q) = %d, want %d", ok, n, len(ok))
		}
	}
}

// TestLookupCodec checks aliases and the LookupError for unknown names.
func TestLookupCodec(t *testing.T) {
	v, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	for name, want := range map[string]codec{
		"UTF-8": codecUTF8, "utf8": codecUTF8, "U8": codecUTF8, "utf_8": codecUTF8,
		"US-ASCII": codecASCII, "ascii": codecASCII, "646": codecASCII,
		"latin-1": codecLatin1, "ISO-8859-1": codecLatin1, "L1": codecLatin1, "cp819": codecLatin1,
	} {
		c, err := v.lookupCodec(name)
		if err != nil || c != want {
			t.Errorf("lookupCodec(%q) = %v, %v; want %v", name, c, err, want)
		}
	}
	if _, err := v.lookupCodec("klingon"); err == nil || v.excMessage(v.exc) != "unknown encoding: klingon" {
		t.Errorf("lookupCodec(klingon): err %v, message %q", err, v.excMessage(v.exc))
	}
}
