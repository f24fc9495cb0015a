// Date parsing: the forms Indonesian outlets print, to ISO 8601.
#include "bersih/dates.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using bersih::parse_date;

TEST_CASE("dates: detik date line with WIB", "[dates]") {
    CHECK(parse_date("Kamis, 13 Feb 2025 17:57 WIB") == "2025-02-13T17:57:00+07:00");
    CHECK(parse_date("Senin, 03 Mar 2025 08:05 WIB") == "2025-03-03T08:05:00+07:00");
}

TEST_CASE("dates: time zones WIB, WITA, WIT", "[dates]") {
    CHECK(parse_date("Rabu, 2 Juli 2025 09:15 WIB") == "2025-07-02T09:15:00+07:00");
    CHECK(parse_date("Rabu, 2 Juli 2025 09:15 WITA") == "2025-07-02T09:15:00+08:00");
    CHECK(parse_date("Rabu, 2 Juli 2025 09:15 WIT") == "2025-07-02T09:15:00+09:00");
}

TEST_CASE("dates: a time without a zone has no offset", "[dates]") {
    CHECK(parse_date("2 Juli 2025 09:15") == "2025-07-02T09:15:00");
    CHECK(parse_date("15 August 2024 18:12") == "2024-08-15T18:12:00");
}

TEST_CASE("dates: no time gives the date only", "[dates]") {
    CHECK(parse_date("10 Jun 2025") == "2025-06-10");
    CHECK(parse_date("Sabtu, 1 November 2025") == "2025-11-01");
}

TEST_CASE("dates: Indonesian month names, full and abbreviated", "[dates]") {
    struct Case {
        const char* text;
        const char* iso;
    };
    const Case cases[] = {
        {"5 Januari 2025", "2025-01-05"},   {"5 Jan 2025", "2025-01-05"},
        {"5 Februari 2025", "2025-02-05"},  {"5 Peb 2025", "2025-02-05"},
        {"5 Maret 2025", "2025-03-05"},     {"5 Mar 2025", "2025-03-05"},
        {"5 April 2025", "2025-04-05"},     {"5 Apr 2025", "2025-04-05"},
        {"5 Mei 2025", "2025-05-05"},       {"5 Juni 2025", "2025-06-05"},
        {"5 Jun 2025", "2025-06-05"},       {"5 Juli 2025", "2025-07-05"},
        {"5 Jul 2025", "2025-07-05"},       {"5 Agustus 2025", "2025-08-05"},
        {"5 Agu 2025", "2025-08-05"},       {"5 Agt 2025", "2025-08-05"},
        {"5 September 2025", "2025-09-05"}, {"5 Sep 2025", "2025-09-05"},
        {"5 Oktober 2025", "2025-10-05"},   {"5 Okt 2025", "2025-10-05"},
        {"5 November 2025", "2025-11-05"},  {"5 Nov 2025", "2025-11-05"},
        {"5 Desember 2025", "2025-12-05"},  {"5 Des 2025", "2025-12-05"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        if (c.iso == nullptr) {
            CHECK_FALSE(parse_date(c.text).has_value());
        } else {
            CHECK(parse_date(c.text) == std::optional<std::string>(c.iso));
        }
    }
}

TEST_CASE("dates: English month names, both orders", "[dates]") {
    CHECK(parse_date("5 May 2025") == "2025-05-05");
    CHECK(parse_date("5 Aug 2025") == "2025-08-05");
    CHECK(parse_date("5 Oct 2025") == "2025-10-05");
    CHECK(parse_date("5 December 2025") == "2025-12-05");
    CHECK(parse_date("Monday, 5 May 2025 10:30") == "2025-05-05T10:30:00");
    CHECK(parse_date("June 18, 2025") == "2025-06-18");
    CHECK(parse_date("Dec. 1, 2024 07:00 UTC") == "2024-12-01T07:00:00+00:00");
}

TEST_CASE("dates: day names and separators around the time", "[dates]") {
    CHECK(parse_date("Jum'at, 7 Mar 2025 13:30 WIB") == "2025-03-07T13:30:00+07:00");
    CHECK(parse_date("Jumat, 7 Maret 2025 pukul 13.30 WIB") == "2025-03-07T13:30:00+07:00");
    CHECK(parse_date("18 Juni 2025 | 20.04 WIB") == "2025-06-18T20:04:00+07:00");
    CHECK(parse_date("Minggu, 9 Feb 2025, 06:00 WITA") == "2025-02-09T06:00:00+08:00");
    CHECK(parse_date("kamis, 13 feb 2025 17:57 wib") == "2025-02-13T17:57:00+07:00");
}

TEST_CASE("dates: numeric D/M/Y as Kompas prints it", "[dates]") {
    CHECK(parse_date("10/06/2025, 20:43 WIB") == "2025-06-10T20:43:00+07:00");
    CHECK(parse_date("Kompas.com - 03/02/2025, 07:05 WIB") == "2025-02-03T07:05:00+07:00");
    CHECK(parse_date("1/2/2025") == "2025-02-01");
    // A second part above 12 can only be a day.
    CHECK(parse_date("06/25/2025") == "2025-06-25");
}

TEST_CASE("dates: ISO dates pass through", "[dates]") {
    CHECK(parse_date("2025-02-13") == "2025-02-13");
    CHECK(parse_date("2025-02-13 17:57") == "2025-02-13T17:57:00");
}

TEST_CASE("dates: an ISO time keeps its offset (a UTC time is not local time)", "[dates]") {
    CHECK(parse_date("2024-08-19T14:15:52.038Z") == "2024-08-19T14:15:00+00:00");
    CHECK(parse_date("2025-06-18T10:00:00+07:00") == "2025-06-18T10:00:00+07:00");
    CHECK(parse_date("2025-06-18T10:00:00+0800") == "2025-06-18T10:00:00+08:00");
    CHECK(parse_date("2025-06-18 10:00 -05:00") == "2025-06-18T10:00:00-05:00");
    CHECK(parse_date("2025-06-18Z") == "2025-06-18");
    // Any offset a zone has, minutes included; one no zone has leaves the time local.
    CHECK(parse_date("2024-02-29T23:24-0259") == "2024-02-29T23:24:00-02:59");
    CHECK(parse_date("2025-06-18T10:00+05:30") == "2025-06-18T10:00:00+05:30");
    CHECK(parse_date("2025-06-18T10:00+9999") == "2025-06-18T10:00:00");
    CHECK(parse_date("2025-06-18T10:00-13:00") == "2025-06-18T10:00:00");
}

TEST_CASE("dates: invalid dates give nullopt", "[dates]") {
    CHECK_FALSE(parse_date("").has_value());
    CHECK_FALSE(parse_date("Harga cabai naik lagi").has_value());
    CHECK_FALSE(parse_date("32 Januari 2025").has_value());
    CHECK_FALSE(parse_date("0 Januari 2025").has_value());
    CHECK_FALSE(parse_date("13 Bulan 2025").has_value());
    CHECK_FALSE(parse_date("13 Feb 2025 25:00 WIB").has_value());
    CHECK_FALSE(parse_date("13 Feb 2025 10:61 WIB").has_value());
    CHECK_FALSE(parse_date("13/13/2025").has_value());
    CHECK_FALSE(parse_date("2025-13-01").has_value());
    CHECK_FALSE(parse_date("13 Feb 0999").has_value());
}

TEST_CASE("dates: days that the month does not have give nullopt", "[dates]") {
    CHECK_FALSE(parse_date("30 Februari 2025").has_value());
    CHECK_FALSE(parse_date("29 Feb 2025").has_value());
    CHECK(parse_date("29 Feb 2024") == "2024-02-29");   // leap year
    CHECK_FALSE(parse_date("29 Feb 1900").has_value()); // century, not a leap year
    CHECK(parse_date("29 Feb 2000") == "2000-02-29");
    CHECK_FALSE(parse_date("31 April 2025").has_value());
    CHECK_FALSE(parse_date("31/06/2025").has_value());
    CHECK(parse_date("31 Juli 2025") == "2025-07-31");
}

TEST_CASE("dates: an outlet's zone is added to a time without one", "[dates]") {
    using bersih::with_default_zone;
    CHECK(with_default_zone("2024-08-24T14:52:00", "WIB") == "2024-08-24T14:52:00+07:00");
    CHECK(with_default_zone("2024-08-24T14:52:00", "WIT") == "2024-08-24T14:52:00+09:00");
    // A stated offset wins; a date without a time has no zone to take.
    CHECK(with_default_zone("2024-08-24T14:52:00+08:00", "WIB") == "2024-08-24T14:52:00+08:00");
    CHECK(with_default_zone("2024-08-24", "WIB") == "2024-08-24");
}
