//! The extensions PostgreSQL's contrib ships (as `pg_available_extensions` lists them on the
//! oracle's PostgreSQL 15.18 and 18.6 servers) and the functions, types and views each creates,
//! in creation order. Generated from those servers; members are 15.18's.

/// One available extension.
#[allow(dead_code)]
pub(crate) struct ExtDef {
    pub name: &'static str,
    /// Default version on 15.18 and on 18.6.
    pub version: (&'static str, &'static str),
    pub requires: &'static [&'static str],
    pub relocatable: bool,
    /// The schema a non-relocatable extension always goes into.
    pub schema: Option<&'static str>,
    /// Available on PostgreSQL 15 / 18.
    pub on: (bool, bool),
    /// Members, one per line: `f name(arg types) result` (also `p` procedure, `a` aggregate,
    /// `w` window function), `t name typtype`, `r name relkind`.
    pub members: &'static str,
}

pub(crate) const EXTENSIONS: &[ExtDef] = &[
    ExtDef {
        name: "adminpack",
        version: ("2.1", ""),
        requires: &[],
        relocatable: false,
        schema: Some("pg_catalog"),
        on: (true, false),
        members: "\
            f pg_file_write(text, text, boolean) bigint\n\
            f pg_file_rename(text, text, text) boolean\n\
            f pg_file_rename(text, text) boolean\n\
            f pg_file_unlink(text) boolean\n\
            f pg_logdir_ls() record\n\
            f pg_file_sync(text) void\n\
        ",
    },
    ExtDef {
        name: "amcheck",
        version: ("1.3", "1.5"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f bt_index_check(regclass) void\n\
            f bt_index_parent_check(regclass) void\n\
            f bt_index_check(regclass, boolean) void\n\
            f bt_index_parent_check(regclass, boolean) void\n\
            f bt_index_parent_check(regclass, boolean, boolean) void\n\
            f verify_heapam(regclass, boolean, boolean, text, bigint, bigint) record\n\
        ",
    },
    ExtDef {
        name: "autoinc",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f autoinc() trigger\n\
        ",
    },
    ExtDef {
        name: "bloom",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f blhandler(internal) index_am_handler\n\
        ",
    },
    ExtDef {
        name: "btree_gin",
        version: ("1.3", "1.3"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f gin_btree_consistent(internal, smallint, anyelement, integer, internal, internal) boolean\n\
            f gin_extract_value_int2(smallint, internal) internal\n\
            f gin_compare_prefix_int2(smallint, smallint, smallint, internal) integer\n\
            f gin_extract_query_int2(smallint, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_int4(integer, internal) internal\n\
            f gin_compare_prefix_int4(integer, integer, smallint, internal) integer\n\
            f gin_extract_query_int4(integer, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_int8(bigint, internal) internal\n\
            f gin_compare_prefix_int8(bigint, bigint, smallint, internal) integer\n\
            f gin_extract_query_int8(bigint, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_float4(real, internal) internal\n\
            f gin_compare_prefix_float4(real, real, smallint, internal) integer\n\
            f gin_extract_query_float4(real, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_float8(double precision, internal) internal\n\
            f gin_compare_prefix_float8(double precision, double precision, smallint, internal) integer\n\
            f gin_extract_query_float8(double precision, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_money(money, internal) internal\n\
            f gin_compare_prefix_money(money, money, smallint, internal) integer\n\
            f gin_extract_query_money(money, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_oid(oid, internal) internal\n\
            f gin_compare_prefix_oid(oid, oid, smallint, internal) integer\n\
            f gin_extract_query_oid(oid, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_timestamp(timestamp without time zone, internal) internal\n\
            f gin_compare_prefix_timestamp(timestamp without time zone, timestamp without time zone, smallint, internal) integer\n\
            f gin_extract_query_timestamp(timestamp without time zone, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_timestamptz(timestamp with time zone, internal) internal\n\
            f gin_compare_prefix_timestamptz(timestamp with time zone, timestamp with time zone, smallint, internal) integer\n\
            f gin_extract_query_timestamptz(timestamp with time zone, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_time(time without time zone, internal) internal\n\
            f gin_compare_prefix_time(time without time zone, time without time zone, smallint, internal) integer\n\
            f gin_extract_query_time(time without time zone, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_timetz(time with time zone, internal) internal\n\
            f gin_compare_prefix_timetz(time with time zone, time with time zone, smallint, internal) integer\n\
            f gin_extract_query_timetz(time with time zone, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_date(date, internal) internal\n\
            f gin_compare_prefix_date(date, date, smallint, internal) integer\n\
            f gin_extract_query_date(date, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_interval(interval, internal) internal\n\
            f gin_compare_prefix_interval(interval, interval, smallint, internal) integer\n\
            f gin_extract_query_interval(interval, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_macaddr(macaddr, internal) internal\n\
            f gin_compare_prefix_macaddr(macaddr, macaddr, smallint, internal) integer\n\
            f gin_extract_query_macaddr(macaddr, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_inet(inet, internal) internal\n\
            f gin_compare_prefix_inet(inet, inet, smallint, internal) integer\n\
            f gin_extract_query_inet(inet, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_cidr(cidr, internal) internal\n\
            f gin_compare_prefix_cidr(cidr, cidr, smallint, internal) integer\n\
            f gin_extract_query_cidr(cidr, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_text(text, internal) internal\n\
            f gin_compare_prefix_text(text, text, smallint, internal) integer\n\
            f gin_extract_query_text(text, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_char(\"char\", internal) internal\n\
            f gin_compare_prefix_char(\"char\", \"char\", smallint, internal) integer\n\
            f gin_extract_query_char(\"char\", internal, smallint, internal, internal) internal\n\
            f gin_extract_value_bytea(bytea, internal) internal\n\
            f gin_compare_prefix_bytea(bytea, bytea, smallint, internal) integer\n\
            f gin_extract_query_bytea(bytea, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_bit(bit, internal) internal\n\
            f gin_compare_prefix_bit(bit, bit, smallint, internal) integer\n\
            f gin_extract_query_bit(bit, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_varbit(bit varying, internal) internal\n\
            f gin_compare_prefix_varbit(bit varying, bit varying, smallint, internal) integer\n\
            f gin_extract_query_varbit(bit varying, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_numeric(numeric, internal) internal\n\
            f gin_compare_prefix_numeric(numeric, numeric, smallint, internal) integer\n\
            f gin_extract_query_numeric(numeric, internal, smallint, internal, internal) internal\n\
            f gin_numeric_cmp(numeric, numeric) integer\n\
            f gin_extract_value_macaddr8(macaddr8, internal) internal\n\
            f gin_compare_prefix_macaddr8(macaddr8, macaddr8, smallint, internal) integer\n\
            f gin_extract_query_macaddr8(macaddr8, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_anyenum(anyenum, internal) internal\n\
            f gin_compare_prefix_anyenum(anyenum, anyenum, smallint, internal) integer\n\
            f gin_extract_query_anyenum(anyenum, internal, smallint, internal, internal) internal\n\
            f gin_enum_cmp(anyenum, anyenum) integer\n\
            f gin_extract_value_uuid(uuid, internal) internal\n\
            f gin_compare_prefix_uuid(uuid, uuid, smallint, internal) integer\n\
            f gin_extract_query_uuid(uuid, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_name(name, internal) internal\n\
            f gin_compare_prefix_name(name, name, smallint, internal) integer\n\
            f gin_extract_query_name(name, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_bool(boolean, internal) internal\n\
            f gin_compare_prefix_bool(boolean, boolean, smallint, internal) integer\n\
            f gin_extract_query_bool(boolean, internal, smallint, internal, internal) internal\n\
            f gin_extract_value_bpchar(character, internal) internal\n\
            f gin_compare_prefix_bpchar(character, character, smallint, internal) integer\n\
            f gin_extract_query_bpchar(character, internal, smallint, internal, internal) internal\n\
        ",
    },
    ExtDef {
        name: "btree_gist",
        version: ("1.7", "1.8"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            t gbtreekey4 b\n\
            f gbtreekey4_in(cstring) gbtreekey4\n\
            f gbtreekey4_out(gbtreekey4) cstring\n\
            t gbtreekey8 b\n\
            f gbtreekey8_in(cstring) gbtreekey8\n\
            f gbtreekey8_out(gbtreekey8) cstring\n\
            t gbtreekey16 b\n\
            f gbtreekey16_in(cstring) gbtreekey16\n\
            f gbtreekey16_out(gbtreekey16) cstring\n\
            t gbtreekey32 b\n\
            f gbtreekey32_in(cstring) gbtreekey32\n\
            f gbtreekey32_out(gbtreekey32) cstring\n\
            t gbtreekey_var b\n\
            f gbtreekey_var_in(cstring) gbtreekey_var\n\
            f gbtreekey_var_out(gbtreekey_var) cstring\n\
            f cash_dist(money, money) money\n\
            f date_dist(date, date) integer\n\
            f float4_dist(real, real) real\n\
            f float8_dist(double precision, double precision) double precision\n\
            f int2_dist(smallint, smallint) smallint\n\
            f int4_dist(integer, integer) integer\n\
            f int8_dist(bigint, bigint) bigint\n\
            f interval_dist(interval, interval) interval\n\
            f oid_dist(oid, oid) oid\n\
            f time_dist(time without time zone, time without time zone) interval\n\
            f ts_dist(timestamp without time zone, timestamp without time zone) interval\n\
            f tstz_dist(timestamp with time zone, timestamp with time zone) interval\n\
            f gbt_oid_consistent(internal, oid, smallint, oid, internal) boolean\n\
            f gbt_oid_distance(internal, oid, smallint, oid, internal) double precision\n\
            f gbt_oid_fetch(internal) internal\n\
            f gbt_oid_compress(internal) internal\n\
            f gbt_decompress(internal) internal\n\
            f gbt_var_decompress(internal) internal\n\
            f gbt_var_fetch(internal) internal\n\
            f gbt_oid_penalty(internal, internal, internal) internal\n\
            f gbt_oid_picksplit(internal, internal) internal\n\
            f gbt_oid_union(internal, internal) gbtreekey8\n\
            f gbt_oid_same(gbtreekey8, gbtreekey8, internal) internal\n\
            f gbt_int2_consistent(internal, smallint, smallint, oid, internal) boolean\n\
            f gbt_int2_distance(internal, smallint, smallint, oid, internal) double precision\n\
            f gbt_int2_compress(internal) internal\n\
            f gbt_int2_fetch(internal) internal\n\
            f gbt_int2_penalty(internal, internal, internal) internal\n\
            f gbt_int2_picksplit(internal, internal) internal\n\
            f gbt_int2_union(internal, internal) gbtreekey4\n\
            f gbt_int2_same(gbtreekey4, gbtreekey4, internal) internal\n\
            f gbt_int4_consistent(internal, integer, smallint, oid, internal) boolean\n\
            f gbt_int4_distance(internal, integer, smallint, oid, internal) double precision\n\
            f gbt_int4_compress(internal) internal\n\
            f gbt_int4_fetch(internal) internal\n\
            f gbt_int4_penalty(internal, internal, internal) internal\n\
            f gbt_int4_picksplit(internal, internal) internal\n\
            f gbt_int4_union(internal, internal) gbtreekey8\n\
            f gbt_int4_same(gbtreekey8, gbtreekey8, internal) internal\n\
            f gbt_int8_consistent(internal, bigint, smallint, oid, internal) boolean\n\
            f gbt_int8_distance(internal, bigint, smallint, oid, internal) double precision\n\
            f gbt_int8_compress(internal) internal\n\
            f gbt_int8_fetch(internal) internal\n\
            f gbt_int8_penalty(internal, internal, internal) internal\n\
            f gbt_int8_picksplit(internal, internal) internal\n\
            f gbt_int8_union(internal, internal) gbtreekey16\n\
            f gbt_int8_same(gbtreekey16, gbtreekey16, internal) internal\n\
            f gbt_float4_consistent(internal, real, smallint, oid, internal) boolean\n\
            f gbt_float4_distance(internal, real, smallint, oid, internal) double precision\n\
            f gbt_float4_compress(internal) internal\n\
            f gbt_float4_fetch(internal) internal\n\
            f gbt_float4_penalty(internal, internal, internal) internal\n\
            f gbt_float4_picksplit(internal, internal) internal\n\
            f gbt_float4_union(internal, internal) gbtreekey8\n\
            f gbt_float4_same(gbtreekey8, gbtreekey8, internal) internal\n\
            f gbt_float8_consistent(internal, double precision, smallint, oid, internal) boolean\n\
            f gbt_float8_distance(internal, double precision, smallint, oid, internal) double precision\n\
            f gbt_float8_compress(internal) internal\n\
            f gbt_float8_fetch(internal) internal\n\
            f gbt_float8_penalty(internal, internal, internal) internal\n\
            f gbt_float8_picksplit(internal, internal) internal\n\
            f gbt_float8_union(internal, internal) gbtreekey16\n\
            f gbt_float8_same(gbtreekey16, gbtreekey16, internal) internal\n\
            f gbt_ts_consistent(internal, timestamp without time zone, smallint, oid, internal) boolean\n\
            f gbt_ts_distance(internal, timestamp without time zone, smallint, oid, internal) double precision\n\
            f gbt_tstz_consistent(internal, timestamp with time zone, smallint, oid, internal) boolean\n\
            f gbt_tstz_distance(internal, timestamp with time zone, smallint, oid, internal) double precision\n\
            f gbt_ts_compress(internal) internal\n\
            f gbt_tstz_compress(internal) internal\n\
            f gbt_ts_fetch(internal) internal\n\
            f gbt_ts_penalty(internal, internal, internal) internal\n\
            f gbt_ts_picksplit(internal, internal) internal\n\
            f gbt_ts_union(internal, internal) gbtreekey16\n\
            f gbt_ts_same(gbtreekey16, gbtreekey16, internal) internal\n\
            f gbt_time_consistent(internal, time without time zone, smallint, oid, internal) boolean\n\
            f gbt_time_distance(internal, time without time zone, smallint, oid, internal) double precision\n\
            f gbt_timetz_consistent(internal, time with time zone, smallint, oid, internal) boolean\n\
            f gbt_time_compress(internal) internal\n\
            f gbt_timetz_compress(internal) internal\n\
            f gbt_time_fetch(internal) internal\n\
            f gbt_time_penalty(internal, internal, internal) internal\n\
            f gbt_time_picksplit(internal, internal) internal\n\
            f gbt_time_union(internal, internal) gbtreekey16\n\
            f gbt_time_same(gbtreekey16, gbtreekey16, internal) internal\n\
            f gbt_date_consistent(internal, date, smallint, oid, internal) boolean\n\
            f gbt_date_distance(internal, date, smallint, oid, internal) double precision\n\
            f gbt_date_compress(internal) internal\n\
            f gbt_date_fetch(internal) internal\n\
            f gbt_date_penalty(internal, internal, internal) internal\n\
            f gbt_date_picksplit(internal, internal) internal\n\
            f gbt_date_union(internal, internal) gbtreekey8\n\
            f gbt_date_same(gbtreekey8, gbtreekey8, internal) internal\n\
            f gbt_intv_consistent(internal, interval, smallint, oid, internal) boolean\n\
            f gbt_intv_distance(internal, interval, smallint, oid, internal) double precision\n\
            f gbt_intv_compress(internal) internal\n\
            f gbt_intv_decompress(internal) internal\n\
            f gbt_intv_fetch(internal) internal\n\
            f gbt_intv_penalty(internal, internal, internal) internal\n\
            f gbt_intv_picksplit(internal, internal) internal\n\
            f gbt_intv_union(internal, internal) gbtreekey32\n\
            f gbt_intv_same(gbtreekey32, gbtreekey32, internal) internal\n\
            f gbt_cash_consistent(internal, money, smallint, oid, internal) boolean\n\
            f gbt_cash_distance(internal, money, smallint, oid, internal) double precision\n\
            f gbt_cash_compress(internal) internal\n\
            f gbt_cash_fetch(internal) internal\n\
            f gbt_cash_penalty(internal, internal, internal) internal\n\
            f gbt_cash_picksplit(internal, internal) internal\n\
            f gbt_cash_union(internal, internal) gbtreekey16\n\
            f gbt_cash_same(gbtreekey16, gbtreekey16, internal) internal\n\
            f gbt_macad_consistent(internal, macaddr, smallint, oid, internal) boolean\n\
            f gbt_macad_compress(internal) internal\n\
            f gbt_macad_fetch(internal) internal\n\
            f gbt_macad_penalty(internal, internal, internal) internal\n\
            f gbt_macad_picksplit(internal, internal) internal\n\
            f gbt_macad_union(internal, internal) gbtreekey16\n\
            f gbt_macad_same(gbtreekey16, gbtreekey16, internal) internal\n\
            f gbt_text_consistent(internal, text, smallint, oid, internal) boolean\n\
            f gbt_bpchar_consistent(internal, character, smallint, oid, internal) boolean\n\
            f gbt_text_compress(internal) internal\n\
            f gbt_bpchar_compress(internal) internal\n\
            f gbt_text_penalty(internal, internal, internal) internal\n\
            f gbt_text_picksplit(internal, internal) internal\n\
            f gbt_text_union(internal, internal) gbtreekey_var\n\
            f gbt_text_same(gbtreekey_var, gbtreekey_var, internal) internal\n\
            f gbt_bytea_consistent(internal, bytea, smallint, oid, internal) boolean\n\
            f gbt_bytea_compress(internal) internal\n\
            f gbt_bytea_penalty(internal, internal, internal) internal\n\
            f gbt_bytea_picksplit(internal, internal) internal\n\
            f gbt_bytea_union(internal, internal) gbtreekey_var\n\
            f gbt_bytea_same(gbtreekey_var, gbtreekey_var, internal) internal\n\
            f gbt_numeric_consistent(internal, numeric, smallint, oid, internal) boolean\n\
            f gbt_numeric_compress(internal) internal\n\
            f gbt_numeric_penalty(internal, internal, internal) internal\n\
            f gbt_numeric_picksplit(internal, internal) internal\n\
            f gbt_numeric_union(internal, internal) gbtreekey_var\n\
            f gbt_numeric_same(gbtreekey_var, gbtreekey_var, internal) internal\n\
            f gbt_bit_consistent(internal, bit, smallint, oid, internal) boolean\n\
            f gbt_bit_compress(internal) internal\n\
            f gbt_bit_penalty(internal, internal, internal) internal\n\
            f gbt_bit_picksplit(internal, internal) internal\n\
            f gbt_bit_union(internal, internal) gbtreekey_var\n\
            f gbt_bit_same(gbtreekey_var, gbtreekey_var, internal) internal\n\
            f gbt_inet_consistent(internal, inet, smallint, oid, internal) boolean\n\
            f gbt_inet_compress(internal) internal\n\
            f gbt_inet_penalty(internal, internal, internal) internal\n\
            f gbt_inet_picksplit(internal, internal) internal\n\
            f gbt_inet_union(internal, internal) gbtreekey16\n\
            f gbt_inet_same(gbtreekey16, gbtreekey16, internal) internal\n\
            f gbt_uuid_consistent(internal, uuid, smallint, oid, internal) boolean\n\
            f gbt_uuid_fetch(internal) internal\n\
            f gbt_uuid_compress(internal) internal\n\
            f gbt_uuid_penalty(internal, internal, internal) internal\n\
            f gbt_uuid_picksplit(internal, internal) internal\n\
            f gbt_uuid_union(internal, internal) gbtreekey32\n\
            f gbt_uuid_same(gbtreekey32, gbtreekey32, internal) internal\n\
            f gbt_macad8_consistent(internal, macaddr8, smallint, oid, internal) boolean\n\
            f gbt_macad8_compress(internal) internal\n\
            f gbt_macad8_fetch(internal) internal\n\
            f gbt_macad8_penalty(internal, internal, internal) internal\n\
            f gbt_macad8_picksplit(internal, internal) internal\n\
            f gbt_macad8_union(internal, internal) gbtreekey16\n\
            f gbt_macad8_same(gbtreekey16, gbtreekey16, internal) internal\n\
            f gbt_enum_consistent(internal, anyenum, smallint, oid, internal) boolean\n\
            f gbt_enum_compress(internal) internal\n\
            f gbt_enum_fetch(internal) internal\n\
            f gbt_enum_penalty(internal, internal, internal) internal\n\
            f gbt_enum_picksplit(internal, internal) internal\n\
            f gbt_enum_union(internal, internal) gbtreekey8\n\
            f gbt_enum_same(gbtreekey8, gbtreekey8, internal) internal\n\
            t gbtreekey2 b\n\
            f gbtreekey2_in(cstring) gbtreekey2\n\
            f gbtreekey2_out(gbtreekey2) cstring\n\
            f gbt_bool_consistent(internal, boolean, smallint, oid, internal) boolean\n\
            f gbt_bool_compress(internal) internal\n\
            f gbt_bool_fetch(internal) internal\n\
            f gbt_bool_penalty(internal, internal, internal) internal\n\
            f gbt_bool_picksplit(internal, internal) internal\n\
            f gbt_bool_union(internal, internal) gbtreekey2\n\
            f gbt_bool_same(gbtreekey2, gbtreekey2, internal) internal\n\
        ",
    },
    ExtDef {
        name: "citext",
        version: ("1.6", "1.8"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            t citext b\n\
            f citextin(cstring) citext\n\
            f citextout(citext) cstring\n\
            f citextrecv(internal) citext\n\
            f citextsend(citext) bytea\n\
            f citext(character) citext\n\
            f citext(boolean) citext\n\
            f citext(inet) citext\n\
            f citext_eq(citext, citext) boolean\n\
            f citext_ne(citext, citext) boolean\n\
            f citext_lt(citext, citext) boolean\n\
            f citext_le(citext, citext) boolean\n\
            f citext_gt(citext, citext) boolean\n\
            f citext_ge(citext, citext) boolean\n\
            f citext_cmp(citext, citext) integer\n\
            f citext_hash(citext) integer\n\
            f citext_smaller(citext, citext) citext\n\
            f citext_larger(citext, citext) citext\n\
            a min(citext) citext\n\
            a max(citext) citext\n\
            f texticlike(citext, citext) boolean\n\
            f texticnlike(citext, citext) boolean\n\
            f texticregexeq(citext, citext) boolean\n\
            f texticregexne(citext, citext) boolean\n\
            f texticlike(citext, text) boolean\n\
            f texticnlike(citext, text) boolean\n\
            f texticregexeq(citext, text) boolean\n\
            f texticregexne(citext, text) boolean\n\
            f regexp_match(citext, citext) text[]\n\
            f regexp_match(citext, citext, text) text[]\n\
            f regexp_matches(citext, citext) text[]\n\
            f regexp_matches(citext, citext, text) text[]\n\
            f regexp_replace(citext, citext, text) text\n\
            f regexp_replace(citext, citext, text, text) text\n\
            f regexp_split_to_array(citext, citext) text[]\n\
            f regexp_split_to_array(citext, citext, text) text[]\n\
            f regexp_split_to_table(citext, citext) text\n\
            f regexp_split_to_table(citext, citext, text) text\n\
            f strpos(citext, citext) integer\n\
            f replace(citext, citext, citext) text\n\
            f split_part(citext, citext, integer) text\n\
            f translate(citext, citext, text) text\n\
            f citext_pattern_lt(citext, citext) boolean\n\
            f citext_pattern_le(citext, citext) boolean\n\
            f citext_pattern_gt(citext, citext) boolean\n\
            f citext_pattern_ge(citext, citext) boolean\n\
            f citext_pattern_cmp(citext, citext) integer\n\
            f citext_hash_extended(citext, bigint) bigint\n\
        ",
    },
    ExtDef {
        name: "cube",
        version: ("1.5", "1.5"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            t cube b\n\
            f cube_in(cstring) cube\n\
            f cube(double precision[], double precision[]) cube\n\
            f cube(double precision[]) cube\n\
            f cube_out(cube) cstring\n\
            f cube_eq(cube, cube) boolean\n\
            f cube_ne(cube, cube) boolean\n\
            f cube_lt(cube, cube) boolean\n\
            f cube_gt(cube, cube) boolean\n\
            f cube_le(cube, cube) boolean\n\
            f cube_ge(cube, cube) boolean\n\
            f cube_cmp(cube, cube) integer\n\
            f cube_contains(cube, cube) boolean\n\
            f cube_contained(cube, cube) boolean\n\
            f cube_overlap(cube, cube) boolean\n\
            f cube_union(cube, cube) cube\n\
            f cube_inter(cube, cube) cube\n\
            f cube_size(cube) double precision\n\
            f cube_subset(cube, integer[]) cube\n\
            f cube_distance(cube, cube) double precision\n\
            f distance_chebyshev(cube, cube) double precision\n\
            f distance_taxicab(cube, cube) double precision\n\
            f cube_dim(cube) integer\n\
            f cube_ll_coord(cube, integer) double precision\n\
            f cube_ur_coord(cube, integer) double precision\n\
            f cube_coord(cube, integer) double precision\n\
            f cube_coord_llur(cube, integer) double precision\n\
            f cube(double precision) cube\n\
            f cube(double precision, double precision) cube\n\
            f cube(cube, double precision) cube\n\
            f cube(cube, double precision, double precision) cube\n\
            f cube_is_point(cube) boolean\n\
            f cube_enlarge(cube, double precision, integer) cube\n\
            f g_cube_consistent(internal, cube, smallint, oid, internal) boolean\n\
            f g_cube_penalty(internal, internal, internal) internal\n\
            f g_cube_picksplit(internal, internal) internal\n\
            f g_cube_union(internal, internal) cube\n\
            f g_cube_same(cube, cube, internal) internal\n\
            f g_cube_distance(internal, cube, smallint, oid, internal) double precision\n\
            f cube_recv(internal) cube\n\
            f cube_send(cube) bytea\n\
        ",
    },
    ExtDef {
        name: "dblink",
        version: ("1.2", "1.2"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f dblink_connect(text) text\n\
            f dblink_connect(text, text) text\n\
            f dblink_connect_u(text) text\n\
            f dblink_connect_u(text, text) text\n\
            f dblink_disconnect() text\n\
            f dblink_disconnect(text) text\n\
            f dblink_open(text, text) text\n\
            f dblink_open(text, text, boolean) text\n\
            f dblink_open(text, text, text) text\n\
            f dblink_open(text, text, text, boolean) text\n\
            f dblink_fetch(text, integer) record\n\
            f dblink_fetch(text, integer, boolean) record\n\
            f dblink_fetch(text, text, integer) record\n\
            f dblink_fetch(text, text, integer, boolean) record\n\
            f dblink_close(text) text\n\
            f dblink_close(text, boolean) text\n\
            f dblink_close(text, text) text\n\
            f dblink_close(text, text, boolean) text\n\
            f dblink(text, text) record\n\
            f dblink(text, text, boolean) record\n\
            f dblink(text) record\n\
            f dblink(text, boolean) record\n\
            f dblink_exec(text, text) text\n\
            f dblink_exec(text, text, boolean) text\n\
            f dblink_exec(text) text\n\
            f dblink_exec(text, boolean) text\n\
            t dblink_pkey_results c\n\
            f dblink_get_pkey(text) dblink_pkey_results\n\
            f dblink_build_sql_insert(text, int2vector, integer, text[], text[]) text\n\
            f dblink_build_sql_delete(text, int2vector, integer, text[]) text\n\
            f dblink_build_sql_update(text, int2vector, integer, text[], text[]) text\n\
            f dblink_current_query() text\n\
            f dblink_send_query(text, text) integer\n\
            f dblink_is_busy(text) integer\n\
            f dblink_get_result(text) record\n\
            f dblink_get_result(text, boolean) record\n\
            f dblink_get_connections() text[]\n\
            f dblink_cancel_query(text) text\n\
            f dblink_error_message(text) text\n\
            f dblink_get_notify() record\n\
            f dblink_get_notify(text) record\n\
            f dblink_fdw_validator(text[], oid) void\n\
        ",
    },
    ExtDef {
        name: "dict_int",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f dintdict_init(internal) internal\n\
            f dintdict_lexize(internal, internal, internal, internal) internal\n\
        ",
    },
    ExtDef {
        name: "dict_xsyn",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f dxsyn_init(internal) internal\n\
            f dxsyn_lexize(internal, internal, internal, internal) internal\n\
        ",
    },
    ExtDef {
        name: "earthdistance",
        version: ("1.1", "1.2"),
        requires: &["cube"],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f earth() double precision\n\
            t earth d\n\
            f sec_to_gc(double precision) double precision\n\
            f gc_to_sec(double precision) double precision\n\
            f ll_to_earth(double precision, double precision) earth\n\
            f latitude(earth) double precision\n\
            f longitude(earth) double precision\n\
            f earth_distance(earth, earth) double precision\n\
            f earth_box(earth, double precision) cube\n\
            f geo_distance(point, point) double precision\n\
        ",
    },
    ExtDef {
        name: "file_fdw",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f file_fdw_handler() fdw_handler\n\
            f file_fdw_validator(text[], oid) void\n\
        ",
    },
    ExtDef {
        name: "fuzzystrmatch",
        version: ("1.1", "1.2"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f levenshtein(text, text) integer\n\
            f levenshtein(text, text, integer, integer, integer) integer\n\
            f levenshtein_less_equal(text, text, integer) integer\n\
            f levenshtein_less_equal(text, text, integer, integer, integer, integer) integer\n\
            f metaphone(text, integer) text\n\
            f soundex(text) text\n\
            f text_soundex(text) text\n\
            f difference(text, text) integer\n\
            f dmetaphone(text) text\n\
            f dmetaphone_alt(text) text\n\
        ",
    },
    ExtDef {
        name: "hstore",
        version: ("1.8", "1.8"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            t hstore b\n\
            f hstore_in(cstring) hstore\n\
            f hstore_out(hstore) cstring\n\
            f hstore_recv(internal) hstore\n\
            f hstore_send(hstore) bytea\n\
            f hstore_version_diag(hstore) integer\n\
            f fetchval(hstore, text) text\n\
            f slice_array(hstore, text[]) text[]\n\
            f slice(hstore, text[]) hstore\n\
            f isexists(hstore, text) boolean\n\
            f exist(hstore, text) boolean\n\
            f exists_any(hstore, text[]) boolean\n\
            f exists_all(hstore, text[]) boolean\n\
            f isdefined(hstore, text) boolean\n\
            f defined(hstore, text) boolean\n\
            f delete(hstore, text) hstore\n\
            f delete(hstore, text[]) hstore\n\
            f delete(hstore, hstore) hstore\n\
            f hs_concat(hstore, hstore) hstore\n\
            f hs_contains(hstore, hstore) boolean\n\
            f hs_contained(hstore, hstore) boolean\n\
            f tconvert(text, text) hstore\n\
            f hstore(text, text) hstore\n\
            f hstore(text[], text[]) hstore\n\
            f hstore(text[]) hstore\n\
            f hstore_to_json(hstore) json\n\
            f hstore_to_json_loose(hstore) json\n\
            f hstore_to_jsonb(hstore) jsonb\n\
            f hstore_to_jsonb_loose(hstore) jsonb\n\
            f hstore(record) hstore\n\
            f hstore_to_array(hstore) text[]\n\
            f hstore_to_matrix(hstore) text[]\n\
            f akeys(hstore) text[]\n\
            f avals(hstore) text[]\n\
            f skeys(hstore) text\n\
            f svals(hstore) text\n\
            f each(hstore) record\n\
            f populate_record(anyelement, hstore) anyelement\n\
            f hstore_eq(hstore, hstore) boolean\n\
            f hstore_ne(hstore, hstore) boolean\n\
            f hstore_gt(hstore, hstore) boolean\n\
            f hstore_ge(hstore, hstore) boolean\n\
            f hstore_lt(hstore, hstore) boolean\n\
            f hstore_le(hstore, hstore) boolean\n\
            f hstore_cmp(hstore, hstore) integer\n\
            f hstore_hash(hstore) integer\n\
            t ghstore b\n\
            f ghstore_in(cstring) ghstore\n\
            f ghstore_out(ghstore) cstring\n\
            f ghstore_compress(internal) internal\n\
            f ghstore_decompress(internal) internal\n\
            f ghstore_penalty(internal, internal, internal) internal\n\
            f ghstore_picksplit(internal, internal) internal\n\
            f ghstore_union(internal, internal) ghstore\n\
            f ghstore_same(ghstore, ghstore, internal) internal\n\
            f ghstore_consistent(internal, hstore, smallint, oid, internal) boolean\n\
            f gin_extract_hstore(hstore, internal) internal\n\
            f gin_extract_hstore_query(hstore, internal, smallint, internal, internal) internal\n\
            f gin_consistent_hstore(internal, smallint, hstore, integer, internal, internal) boolean\n\
            f hstore_hash_extended(hstore, bigint) bigint\n\
            f ghstore_options(internal) void\n\
            f hstore_subscript_handler(internal) internal\n\
        ",
    },
    ExtDef {
        name: "hstore_plpython3u",
        version: ("", "1.0"),
        requires: &["hstore", "plpython3u"],
        relocatable: true,
        schema: None,
        on: (false, true),
        members: "",
    },
    ExtDef {
        name: "insert_username",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f insert_username() trigger\n\
        ",
    },
    ExtDef {
        name: "intagg",
        version: ("1.1", "1.1"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f int_agg_state(internal, integer) internal\n\
            f int_agg_final_array(internal) integer[]\n\
            a int_array_aggregate(integer) integer[]\n\
            f int_array_enum(integer[]) integer\n\
        ",
    },
    ExtDef {
        name: "intarray",
        version: ("1.5", "1.5"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            t query_int b\n\
            f bqarr_in(cstring) query_int\n\
            f bqarr_out(query_int) cstring\n\
            f querytree(query_int) text\n\
            f boolop(integer[], query_int) boolean\n\
            f rboolop(query_int, integer[]) boolean\n\
            f _int_matchsel(internal, oid, internal, integer) double precision\n\
            f _int_contains(integer[], integer[]) boolean\n\
            f _int_contained(integer[], integer[]) boolean\n\
            f _int_overlap(integer[], integer[]) boolean\n\
            f _int_same(integer[], integer[]) boolean\n\
            f _int_different(integer[], integer[]) boolean\n\
            f _int_union(integer[], integer[]) integer[]\n\
            f _int_inter(integer[], integer[]) integer[]\n\
            f _int_overlap_sel(internal, oid, internal, integer) double precision\n\
            f _int_contains_sel(internal, oid, internal, integer) double precision\n\
            f _int_contained_sel(internal, oid, internal, integer) double precision\n\
            f _int_overlap_joinsel(internal, oid, internal, smallint, internal) double precision\n\
            f _int_contains_joinsel(internal, oid, internal, smallint, internal) double precision\n\
            f _int_contained_joinsel(internal, oid, internal, smallint, internal) double precision\n\
            f intset(integer) integer[]\n\
            f icount(integer[]) integer\n\
            f sort(integer[], text) integer[]\n\
            f sort(integer[]) integer[]\n\
            f sort_asc(integer[]) integer[]\n\
            f sort_desc(integer[]) integer[]\n\
            f uniq(integer[]) integer[]\n\
            f idx(integer[], integer) integer\n\
            f subarray(integer[], integer, integer) integer[]\n\
            f subarray(integer[], integer) integer[]\n\
            f intarray_push_elem(integer[], integer) integer[]\n\
            f intarray_push_array(integer[], integer[]) integer[]\n\
            f intarray_del_elem(integer[], integer) integer[]\n\
            f intset_union_elem(integer[], integer) integer[]\n\
            f intset_subtract(integer[], integer[]) integer[]\n\
            f g_int_consistent(internal, integer[], smallint, oid, internal) boolean\n\
            f g_int_compress(internal) internal\n\
            f g_int_decompress(internal) internal\n\
            f g_int_penalty(internal, internal, internal) internal\n\
            f g_int_picksplit(internal, internal) internal\n\
            f g_int_union(internal, internal) integer[]\n\
            f g_int_same(integer[], integer[], internal) internal\n\
            t intbig_gkey b\n\
            f _intbig_in(cstring) intbig_gkey\n\
            f _intbig_out(intbig_gkey) cstring\n\
            f g_intbig_consistent(internal, integer[], smallint, oid, internal) boolean\n\
            f g_intbig_compress(internal) internal\n\
            f g_intbig_decompress(internal) internal\n\
            f g_intbig_penalty(internal, internal, internal) internal\n\
            f g_intbig_picksplit(internal, internal) internal\n\
            f g_intbig_union(internal, internal) intbig_gkey\n\
            f g_intbig_same(intbig_gkey, intbig_gkey, internal) internal\n\
            f ginint4_queryextract(integer[], internal, smallint, internal, internal, internal, internal) internal\n\
            f ginint4_consistent(internal, smallint, integer[], integer, internal, internal, internal, internal) boolean\n\
            f g_int_options(internal) void\n\
            f g_intbig_options(internal) void\n\
        ",
    },
    ExtDef {
        name: "isn",
        version: ("1.2", "1.3"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            t ean13 b\n\
            f ean13_in(cstring) ean13\n\
            f ean13_out(ean13) cstring\n\
            t isbn13 b\n\
            f isbn13_in(cstring) isbn13\n\
            f ean13_out(isbn13) cstring\n\
            t ismn13 b\n\
            f ismn13_in(cstring) ismn13\n\
            f ean13_out(ismn13) cstring\n\
            t issn13 b\n\
            f issn13_in(cstring) issn13\n\
            f ean13_out(issn13) cstring\n\
            t isbn b\n\
            f isbn_in(cstring) isbn\n\
            f isn_out(isbn) cstring\n\
            t ismn b\n\
            f ismn_in(cstring) ismn\n\
            f isn_out(ismn) cstring\n\
            t issn b\n\
            f issn_in(cstring) issn\n\
            f isn_out(issn) cstring\n\
            t upc b\n\
            f upc_in(cstring) upc\n\
            f isn_out(upc) cstring\n\
            f isnlt(ean13, ean13) boolean\n\
            f isnle(ean13, ean13) boolean\n\
            f isneq(ean13, ean13) boolean\n\
            f isnge(ean13, ean13) boolean\n\
            f isngt(ean13, ean13) boolean\n\
            f isnne(ean13, ean13) boolean\n\
            f isnlt(ean13, isbn13) boolean\n\
            f isnle(ean13, isbn13) boolean\n\
            f isneq(ean13, isbn13) boolean\n\
            f isnge(ean13, isbn13) boolean\n\
            f isngt(ean13, isbn13) boolean\n\
            f isnne(ean13, isbn13) boolean\n\
            f isnlt(ean13, ismn13) boolean\n\
            f isnle(ean13, ismn13) boolean\n\
            f isneq(ean13, ismn13) boolean\n\
            f isnge(ean13, ismn13) boolean\n\
            f isngt(ean13, ismn13) boolean\n\
            f isnne(ean13, ismn13) boolean\n\
            f isnlt(ean13, issn13) boolean\n\
            f isnle(ean13, issn13) boolean\n\
            f isneq(ean13, issn13) boolean\n\
            f isnge(ean13, issn13) boolean\n\
            f isngt(ean13, issn13) boolean\n\
            f isnne(ean13, issn13) boolean\n\
            f isnlt(ean13, isbn) boolean\n\
            f isnle(ean13, isbn) boolean\n\
            f isneq(ean13, isbn) boolean\n\
            f isnge(ean13, isbn) boolean\n\
            f isngt(ean13, isbn) boolean\n\
            f isnne(ean13, isbn) boolean\n\
            f isnlt(ean13, ismn) boolean\n\
            f isnle(ean13, ismn) boolean\n\
            f isneq(ean13, ismn) boolean\n\
            f isnge(ean13, ismn) boolean\n\
            f isngt(ean13, ismn) boolean\n\
            f isnne(ean13, ismn) boolean\n\
            f isnlt(ean13, issn) boolean\n\
            f isnle(ean13, issn) boolean\n\
            f isneq(ean13, issn) boolean\n\
            f isnge(ean13, issn) boolean\n\
            f isngt(ean13, issn) boolean\n\
            f isnne(ean13, issn) boolean\n\
            f isnlt(ean13, upc) boolean\n\
            f isnle(ean13, upc) boolean\n\
            f isneq(ean13, upc) boolean\n\
            f isnge(ean13, upc) boolean\n\
            f isngt(ean13, upc) boolean\n\
            f isnne(ean13, upc) boolean\n\
            f isnlt(isbn13, isbn13) boolean\n\
            f isnle(isbn13, isbn13) boolean\n\
            f isneq(isbn13, isbn13) boolean\n\
            f isnge(isbn13, isbn13) boolean\n\
            f isngt(isbn13, isbn13) boolean\n\
            f isnne(isbn13, isbn13) boolean\n\
            f isnlt(isbn13, isbn) boolean\n\
            f isnle(isbn13, isbn) boolean\n\
            f isneq(isbn13, isbn) boolean\n\
            f isnge(isbn13, isbn) boolean\n\
            f isngt(isbn13, isbn) boolean\n\
            f isnne(isbn13, isbn) boolean\n\
            f isnlt(isbn13, ean13) boolean\n\
            f isnle(isbn13, ean13) boolean\n\
            f isneq(isbn13, ean13) boolean\n\
            f isnge(isbn13, ean13) boolean\n\
            f isngt(isbn13, ean13) boolean\n\
            f isnne(isbn13, ean13) boolean\n\
            f isnlt(isbn, isbn) boolean\n\
            f isnle(isbn, isbn) boolean\n\
            f isneq(isbn, isbn) boolean\n\
            f isnge(isbn, isbn) boolean\n\
            f isngt(isbn, isbn) boolean\n\
            f isnne(isbn, isbn) boolean\n\
            f isnlt(isbn, isbn13) boolean\n\
            f isnle(isbn, isbn13) boolean\n\
            f isneq(isbn, isbn13) boolean\n\
            f isnge(isbn, isbn13) boolean\n\
            f isngt(isbn, isbn13) boolean\n\
            f isnne(isbn, isbn13) boolean\n\
            f isnlt(isbn, ean13) boolean\n\
            f isnle(isbn, ean13) boolean\n\
            f isneq(isbn, ean13) boolean\n\
            f isnge(isbn, ean13) boolean\n\
            f isngt(isbn, ean13) boolean\n\
            f isnne(isbn, ean13) boolean\n\
            f isnlt(ismn13, ismn13) boolean\n\
            f isnle(ismn13, ismn13) boolean\n\
            f isneq(ismn13, ismn13) boolean\n\
            f isnge(ismn13, ismn13) boolean\n\
            f isngt(ismn13, ismn13) boolean\n\
            f isnne(ismn13, ismn13) boolean\n\
            f isnlt(ismn13, ismn) boolean\n\
            f isnle(ismn13, ismn) boolean\n\
            f isneq(ismn13, ismn) boolean\n\
            f isnge(ismn13, ismn) boolean\n\
            f isngt(ismn13, ismn) boolean\n\
            f isnne(ismn13, ismn) boolean\n\
            f isnlt(ismn13, ean13) boolean\n\
            f isnle(ismn13, ean13) boolean\n\
            f isneq(ismn13, ean13) boolean\n\
            f isnge(ismn13, ean13) boolean\n\
            f isngt(ismn13, ean13) boolean\n\
            f isnne(ismn13, ean13) boolean\n\
            f isnlt(ismn, ismn) boolean\n\
            f isnle(ismn, ismn) boolean\n\
            f isneq(ismn, ismn) boolean\n\
            f isnge(ismn, ismn) boolean\n\
            f isngt(ismn, ismn) boolean\n\
            f isnne(ismn, ismn) boolean\n\
            f isnlt(ismn, ismn13) boolean\n\
            f isnle(ismn, ismn13) boolean\n\
            f isneq(ismn, ismn13) boolean\n\
            f isnge(ismn, ismn13) boolean\n\
            f isngt(ismn, ismn13) boolean\n\
            f isnne(ismn, ismn13) boolean\n\
            f isnlt(ismn, ean13) boolean\n\
            f isnle(ismn, ean13) boolean\n\
            f isneq(ismn, ean13) boolean\n\
            f isnge(ismn, ean13) boolean\n\
            f isngt(ismn, ean13) boolean\n\
            f isnne(ismn, ean13) boolean\n\
            f isnlt(issn13, issn13) boolean\n\
            f isnle(issn13, issn13) boolean\n\
            f isneq(issn13, issn13) boolean\n\
            f isnge(issn13, issn13) boolean\n\
            f isngt(issn13, issn13) boolean\n\
            f isnne(issn13, issn13) boolean\n\
            f isnlt(issn13, issn) boolean\n\
            f isnle(issn13, issn) boolean\n\
            f isneq(issn13, issn) boolean\n\
            f isnge(issn13, issn) boolean\n\
            f isngt(issn13, issn) boolean\n\
            f isnne(issn13, issn) boolean\n\
            f isnlt(issn13, ean13) boolean\n\
            f isnle(issn13, ean13) boolean\n\
            f isneq(issn13, ean13) boolean\n\
            f isnge(issn13, ean13) boolean\n\
            f isngt(issn13, ean13) boolean\n\
            f isnne(issn13, ean13) boolean\n\
            f isnlt(issn, issn) boolean\n\
            f isnle(issn, issn) boolean\n\
            f isneq(issn, issn) boolean\n\
            f isnge(issn, issn) boolean\n\
            f isngt(issn, issn) boolean\n\
            f isnne(issn, issn) boolean\n\
            f isnlt(issn, issn13) boolean\n\
            f isnle(issn, issn13) boolean\n\
            f isneq(issn, issn13) boolean\n\
            f isnge(issn, issn13) boolean\n\
            f isngt(issn, issn13) boolean\n\
            f isnne(issn, issn13) boolean\n\
            f isnlt(issn, ean13) boolean\n\
            f isnle(issn, ean13) boolean\n\
            f isneq(issn, ean13) boolean\n\
            f isnge(issn, ean13) boolean\n\
            f isngt(issn, ean13) boolean\n\
            f isnne(issn, ean13) boolean\n\
            f isnlt(upc, upc) boolean\n\
            f isnle(upc, upc) boolean\n\
            f isneq(upc, upc) boolean\n\
            f isnge(upc, upc) boolean\n\
            f isngt(upc, upc) boolean\n\
            f isnne(upc, upc) boolean\n\
            f isnlt(upc, ean13) boolean\n\
            f isnle(upc, ean13) boolean\n\
            f isneq(upc, ean13) boolean\n\
            f isnge(upc, ean13) boolean\n\
            f isngt(upc, ean13) boolean\n\
            f isnne(upc, ean13) boolean\n\
            f btean13cmp(ean13, ean13) integer\n\
            f hashean13(ean13) integer\n\
            f btean13cmp(ean13, isbn13) integer\n\
            f btean13cmp(ean13, ismn13) integer\n\
            f btean13cmp(ean13, issn13) integer\n\
            f btean13cmp(ean13, isbn) integer\n\
            f btean13cmp(ean13, ismn) integer\n\
            f btean13cmp(ean13, issn) integer\n\
            f btean13cmp(ean13, upc) integer\n\
            f btisbn13cmp(isbn13, isbn13) integer\n\
            f hashisbn13(isbn13) integer\n\
            f btisbn13cmp(isbn13, ean13) integer\n\
            f btisbn13cmp(isbn13, isbn) integer\n\
            f btisbncmp(isbn, isbn) integer\n\
            f hashisbn(isbn) integer\n\
            f btisbncmp(isbn, ean13) integer\n\
            f btisbncmp(isbn, isbn13) integer\n\
            f btismn13cmp(ismn13, ismn13) integer\n\
            f hashismn13(ismn13) integer\n\
            f btismn13cmp(ismn13, ean13) integer\n\
            f btismn13cmp(ismn13, ismn) integer\n\
            f btismncmp(ismn, ismn) integer\n\
            f hashismn(ismn) integer\n\
            f btismncmp(ismn, ean13) integer\n\
            f btismncmp(ismn, ismn13) integer\n\
            f btissn13cmp(issn13, issn13) integer\n\
            f hashissn13(issn13) integer\n\
            f btissn13cmp(issn13, ean13) integer\n\
            f btissn13cmp(issn13, issn) integer\n\
            f btissncmp(issn, issn) integer\n\
            f hashissn(issn) integer\n\
            f btissncmp(issn, ean13) integer\n\
            f btissncmp(issn, issn13) integer\n\
            f btupccmp(upc, upc) integer\n\
            f hashupc(upc) integer\n\
            f btupccmp(upc, ean13) integer\n\
            f isbn13(ean13) isbn13\n\
            f ismn13(ean13) ismn13\n\
            f issn13(ean13) issn13\n\
            f isbn(ean13) isbn\n\
            f ismn(ean13) ismn\n\
            f issn(ean13) issn\n\
            f upc(ean13) upc\n\
            f make_valid(ean13) ean13\n\
            f make_valid(isbn13) isbn13\n\
            f make_valid(ismn13) ismn13\n\
            f make_valid(issn13) issn13\n\
            f make_valid(isbn) isbn\n\
            f make_valid(ismn) ismn\n\
            f make_valid(issn) issn\n\
            f make_valid(upc) upc\n\
            f is_valid(ean13) boolean\n\
            f is_valid(isbn13) boolean\n\
            f is_valid(ismn13) boolean\n\
            f is_valid(issn13) boolean\n\
            f is_valid(isbn) boolean\n\
            f is_valid(ismn) boolean\n\
            f is_valid(issn) boolean\n\
            f is_valid(upc) boolean\n\
            f isn_weak(boolean) boolean\n\
            f isn_weak() boolean\n\
        ",
    },
    ExtDef {
        name: "jsonb_plpython3u",
        version: ("", "1.0"),
        requires: &["plpython3u"],
        relocatable: true,
        schema: None,
        on: (false, true),
        members: "",
    },
    ExtDef {
        name: "lo",
        version: ("1.1", "1.2"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            t lo d\n\
            f lo_oid(lo) oid\n\
            f lo_manage() trigger\n\
        ",
    },
    ExtDef {
        name: "ltree",
        version: ("1.2", "1.3"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            t ltree b\n\
            f ltree_in(cstring) ltree\n\
            f ltree_out(ltree) cstring\n\
            f ltree_cmp(ltree, ltree) integer\n\
            f ltree_lt(ltree, ltree) boolean\n\
            f ltree_le(ltree, ltree) boolean\n\
            f ltree_eq(ltree, ltree) boolean\n\
            f ltree_ge(ltree, ltree) boolean\n\
            f ltree_gt(ltree, ltree) boolean\n\
            f ltree_ne(ltree, ltree) boolean\n\
            f subltree(ltree, integer, integer) ltree\n\
            f subpath(ltree, integer, integer) ltree\n\
            f subpath(ltree, integer) ltree\n\
            f index(ltree, ltree) integer\n\
            f index(ltree, ltree, integer) integer\n\
            f nlevel(ltree) integer\n\
            f ltree2text(ltree) text\n\
            f text2ltree(text) ltree\n\
            f lca(ltree[]) ltree\n\
            f lca(ltree, ltree) ltree\n\
            f lca(ltree, ltree, ltree) ltree\n\
            f lca(ltree, ltree, ltree, ltree) ltree\n\
            f lca(ltree, ltree, ltree, ltree, ltree) ltree\n\
            f lca(ltree, ltree, ltree, ltree, ltree, ltree) ltree\n\
            f lca(ltree, ltree, ltree, ltree, ltree, ltree, ltree) ltree\n\
            f lca(ltree, ltree, ltree, ltree, ltree, ltree, ltree, ltree) ltree\n\
            f ltree_isparent(ltree, ltree) boolean\n\
            f ltree_risparent(ltree, ltree) boolean\n\
            f ltree_addltree(ltree, ltree) ltree\n\
            f ltree_addtext(ltree, text) ltree\n\
            f ltree_textadd(text, ltree) ltree\n\
            f ltreeparentsel(internal, oid, internal, integer) double precision\n\
            t lquery b\n\
            f lquery_in(cstring) lquery\n\
            f lquery_out(lquery) cstring\n\
            f ltq_regex(ltree, lquery) boolean\n\
            f ltq_rregex(lquery, ltree) boolean\n\
            f lt_q_regex(ltree, lquery[]) boolean\n\
            f lt_q_rregex(lquery[], ltree) boolean\n\
            t ltxtquery b\n\
            f ltxtq_in(cstring) ltxtquery\n\
            f ltxtq_out(ltxtquery) cstring\n\
            f ltxtq_exec(ltree, ltxtquery) boolean\n\
            f ltxtq_rexec(ltxtquery, ltree) boolean\n\
            t ltree_gist b\n\
            f ltree_gist_in(cstring) ltree_gist\n\
            f ltree_gist_out(ltree_gist) cstring\n\
            f ltree_consistent(internal, ltree, smallint, oid, internal) boolean\n\
            f ltree_compress(internal) internal\n\
            f ltree_decompress(internal) internal\n\
            f ltree_penalty(internal, internal, internal) internal\n\
            f ltree_picksplit(internal, internal) internal\n\
            f ltree_union(internal, internal) ltree_gist\n\
            f ltree_same(ltree_gist, ltree_gist, internal) internal\n\
            f _ltree_isparent(ltree[], ltree) boolean\n\
            f _ltree_r_isparent(ltree, ltree[]) boolean\n\
            f _ltree_risparent(ltree[], ltree) boolean\n\
            f _ltree_r_risparent(ltree, ltree[]) boolean\n\
            f _ltq_regex(ltree[], lquery) boolean\n\
            f _ltq_rregex(lquery, ltree[]) boolean\n\
            f _lt_q_regex(ltree[], lquery[]) boolean\n\
            f _lt_q_rregex(lquery[], ltree[]) boolean\n\
            f _ltxtq_exec(ltree[], ltxtquery) boolean\n\
            f _ltxtq_rexec(ltxtquery, ltree[]) boolean\n\
            f _ltree_extract_isparent(ltree[], ltree) ltree\n\
            f _ltree_extract_risparent(ltree[], ltree) ltree\n\
            f _ltq_extract_regex(ltree[], lquery) ltree\n\
            f _ltxtq_extract_exec(ltree[], ltxtquery) ltree\n\
            f _ltree_consistent(internal, ltree[], smallint, oid, internal) boolean\n\
            f _ltree_compress(internal) internal\n\
            f _ltree_penalty(internal, internal, internal) internal\n\
            f _ltree_picksplit(internal, internal) internal\n\
            f _ltree_union(internal, internal) ltree_gist\n\
            f _ltree_same(ltree_gist, ltree_gist, internal) internal\n\
            f ltree_recv(internal) ltree\n\
            f ltree_send(ltree) bytea\n\
            f lquery_recv(internal) lquery\n\
            f lquery_send(lquery) bytea\n\
            f ltxtq_recv(internal) ltxtquery\n\
            f ltxtq_send(ltxtquery) bytea\n\
            f ltree_gist_options(internal) void\n\
            f _ltree_gist_options(internal) void\n\
        ",
    },
    ExtDef {
        name: "ltree_plpython3u",
        version: ("", "1.0"),
        requires: &["ltree", "plpython3u"],
        relocatable: true,
        schema: None,
        on: (false, true),
        members: "",
    },
    ExtDef {
        name: "moddatetime",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f moddatetime() trigger\n\
        ",
    },
    ExtDef {
        name: "old_snapshot",
        version: ("1.0", ""),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, false),
        members: "\
            f pg_old_snapshot_time_mapping() record\n\
        ",
    },
    ExtDef {
        name: "pageinspect",
        version: ("1.11", "1.13"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f heap_page_items(bytea) record\n\
            f tuple_data_split(oid, bytea, integer, integer, text) bytea[]\n\
            f tuple_data_split(oid, bytea, integer, integer, text, boolean) bytea[]\n\
            f heap_page_item_attrs(bytea, regclass, boolean) record\n\
            f heap_page_item_attrs(bytea, regclass) record\n\
            f brin_page_type(bytea) text\n\
            f brin_metapage_info(bytea) record\n\
            f brin_revmap_data(bytea) tid\n\
            f fsm_page_contents(bytea) text\n\
            f gin_metapage_info(bytea) record\n\
            f gin_page_opaque_info(bytea) record\n\
            f gin_leafpage_items(bytea) record\n\
            f hash_page_type(bytea) text\n\
            f hash_page_stats(bytea) record\n\
            f hash_page_items(bytea) record\n\
            f hash_bitmap_info(regclass, bigint) record\n\
            f hash_metapage_info(bytea) record\n\
            f heap_tuple_infomask_flags(integer, integer) record\n\
            f bt_page_items(bytea) record\n\
            f gist_page_opaque_info(bytea) record\n\
            f gist_page_items_bytea(bytea) record\n\
            f gist_page_items(bytea, regclass) record\n\
            f get_raw_page(text, bigint) bytea\n\
            f get_raw_page(text, text, bigint) bytea\n\
            f page_checksum(bytea, bigint) smallint\n\
            f bt_metap(text) record\n\
            f bt_page_stats(text, bigint) record\n\
            f bt_page_items(text, bigint) record\n\
            f brin_page_items(bytea, regclass) record\n\
            f page_header(bytea) record\n\
        ",
    },
    ExtDef {
        name: "pg_buffercache",
        version: ("1.3", "1.6"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f pg_buffercache_pages() record\n\
            r pg_buffercache v\n\
        ",
    },
    ExtDef {
        name: "pg_freespacemap",
        version: ("1.2", "1.3"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f pg_freespace(regclass, bigint) smallint\n\
            f pg_freespace(regclass) record\n\
        ",
    },
    ExtDef {
        name: "pg_logicalinspect",
        version: ("", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (false, true),
        members: "",
    },
    ExtDef {
        name: "pg_prewarm",
        version: ("1.2", "1.2"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f pg_prewarm(regclass, text, text, bigint, bigint) bigint\n\
            f autoprewarm_start_worker() void\n\
            f autoprewarm_dump_now() bigint\n\
        ",
    },
    ExtDef {
        name: "pg_stat_statements",
        version: ("1.10", "1.12"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f pg_stat_statements_reset(oid, oid, bigint) void\n\
            f pg_stat_statements_info() record\n\
            r pg_stat_statements_info v\n\
            f pg_stat_statements(boolean) record\n\
            r pg_stat_statements v\n\
        ",
    },
    ExtDef {
        name: "pg_surgery",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f heap_force_kill(regclass, tid[]) void\n\
            f heap_force_freeze(regclass, tid[]) void\n\
        ",
    },
    ExtDef {
        name: "pg_trgm",
        version: ("1.6", "1.6"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f set_limit(real) real\n\
            f show_limit() real\n\
            f show_trgm(text) text[]\n\
            f similarity(text, text) real\n\
            f similarity_op(text, text) boolean\n\
            f word_similarity(text, text) real\n\
            f word_similarity_op(text, text) boolean\n\
            f word_similarity_commutator_op(text, text) boolean\n\
            f similarity_dist(text, text) real\n\
            f word_similarity_dist_op(text, text) real\n\
            f word_similarity_dist_commutator_op(text, text) real\n\
            t gtrgm b\n\
            f gtrgm_in(cstring) gtrgm\n\
            f gtrgm_out(gtrgm) cstring\n\
            f gtrgm_consistent(internal, text, smallint, oid, internal) boolean\n\
            f gtrgm_distance(internal, text, smallint, oid, internal) double precision\n\
            f gtrgm_compress(internal) internal\n\
            f gtrgm_decompress(internal) internal\n\
            f gtrgm_penalty(internal, internal, internal) internal\n\
            f gtrgm_picksplit(internal, internal) internal\n\
            f gtrgm_union(internal, internal) gtrgm\n\
            f gtrgm_same(gtrgm, gtrgm, internal) internal\n\
            f gin_extract_value_trgm(text, internal) internal\n\
            f gin_extract_query_trgm(text, internal, smallint, internal, internal, internal, internal) internal\n\
            f gin_trgm_consistent(internal, smallint, text, integer, internal, internal, internal, internal) boolean\n\
            f gin_trgm_triconsistent(internal, smallint, text, integer, internal, internal, internal) \"char\"\n\
            f strict_word_similarity(text, text) real\n\
            f strict_word_similarity_op(text, text) boolean\n\
            f strict_word_similarity_commutator_op(text, text) boolean\n\
            f strict_word_similarity_dist_op(text, text) real\n\
            f strict_word_similarity_dist_commutator_op(text, text) real\n\
            f gtrgm_options(internal) void\n\
        ",
    },
    ExtDef {
        name: "pg_visibility",
        version: ("1.2", "1.2"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f pg_visibility_map(regclass, bigint) record\n\
            f pg_visibility(regclass, bigint) record\n\
            f pg_visibility_map(regclass) record\n\
            f pg_visibility(regclass) record\n\
            f pg_visibility_map_summary(regclass) record\n\
            f pg_check_frozen(regclass) tid\n\
            f pg_check_visible(regclass) tid\n\
            f pg_truncate_visibility_map(regclass) void\n\
        ",
    },
    ExtDef {
        name: "pg_walinspect",
        version: ("1.0", "1.1"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f pg_get_wal_record_info(pg_lsn) record\n\
            f pg_get_wal_records_info(pg_lsn, pg_lsn) record\n\
            f pg_get_wal_records_info_till_end_of_wal(pg_lsn) record\n\
            f pg_get_wal_stats(pg_lsn, pg_lsn, boolean) record\n\
            f pg_get_wal_stats_till_end_of_wal(pg_lsn, boolean) record\n\
        ",
    },
    ExtDef {
        name: "pgcrypto",
        version: ("1.3", "1.4"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f digest(text, text) bytea\n\
            f digest(bytea, text) bytea\n\
            f hmac(text, text, text) bytea\n\
            f hmac(bytea, bytea, text) bytea\n\
            f crypt(text, text) text\n\
            f gen_salt(text) text\n\
            f gen_salt(text, integer) text\n\
            f encrypt(bytea, bytea, text) bytea\n\
            f decrypt(bytea, bytea, text) bytea\n\
            f encrypt_iv(bytea, bytea, bytea, text) bytea\n\
            f decrypt_iv(bytea, bytea, bytea, text) bytea\n\
            f gen_random_bytes(integer) bytea\n\
            f gen_random_uuid() uuid\n\
            f pgp_sym_encrypt(text, text) bytea\n\
            f pgp_sym_encrypt_bytea(bytea, text) bytea\n\
            f pgp_sym_encrypt(text, text, text) bytea\n\
            f pgp_sym_encrypt_bytea(bytea, text, text) bytea\n\
            f pgp_sym_decrypt(bytea, text) text\n\
            f pgp_sym_decrypt_bytea(bytea, text) bytea\n\
            f pgp_sym_decrypt(bytea, text, text) text\n\
            f pgp_sym_decrypt_bytea(bytea, text, text) bytea\n\
            f pgp_pub_encrypt(text, bytea) bytea\n\
            f pgp_pub_encrypt_bytea(bytea, bytea) bytea\n\
            f pgp_pub_encrypt(text, bytea, text) bytea\n\
            f pgp_pub_encrypt_bytea(bytea, bytea, text) bytea\n\
            f pgp_pub_decrypt(bytea, bytea) text\n\
            f pgp_pub_decrypt_bytea(bytea, bytea) bytea\n\
            f pgp_pub_decrypt(bytea, bytea, text) text\n\
            f pgp_pub_decrypt_bytea(bytea, bytea, text) bytea\n\
            f pgp_pub_decrypt(bytea, bytea, text, text) text\n\
            f pgp_pub_decrypt_bytea(bytea, bytea, text, text) bytea\n\
            f pgp_key_id(bytea) text\n\
            f armor(bytea) text\n\
            f armor(bytea, text[], text[]) text\n\
            f dearmor(text) bytea\n\
            f pgp_armor_headers(text) record\n\
        ",
    },
    ExtDef {
        name: "pgrowlocks",
        version: ("1.2", "1.2"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f pgrowlocks(text) record\n\
        ",
    },
    ExtDef {
        name: "pgstattuple",
        version: ("1.5", "1.5"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f pgstattuple(text) record\n\
            f pgstatindex(text) record\n\
            f pg_relpages(text) bigint\n\
            f pgstatginindex(regclass) record\n\
            f pgstattuple(regclass) record\n\
            f pgstatindex(regclass) record\n\
            f pg_relpages(regclass) bigint\n\
            f pgstattuple_approx(regclass) record\n\
            f pgstathashindex(regclass) record\n\
        ",
    },
    ExtDef {
        name: "plpgsql",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: false,
        schema: Some("pg_catalog"),
        on: (true, true),
        members: "",
    },
    ExtDef {
        name: "plpython3u",
        version: ("", "1.0"),
        requires: &[],
        relocatable: false,
        schema: Some("pg_catalog"),
        on: (false, true),
        members: "",
    },
    ExtDef {
        name: "postgres_fdw",
        version: ("1.1", "1.2"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f postgres_fdw_handler() fdw_handler\n\
            f postgres_fdw_validator(text[], oid) void\n\
            f postgres_fdw_get_connections() record\n\
            f postgres_fdw_disconnect(text) boolean\n\
            f postgres_fdw_disconnect_all() boolean\n\
        ",
    },
    ExtDef {
        name: "refint",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f check_primary_key() trigger\n\
            f check_foreign_key() trigger\n\
        ",
    },
    ExtDef {
        name: "seg",
        version: ("1.4", "1.4"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            t seg b\n\
            f seg_in(cstring) seg\n\
            f seg_out(seg) cstring\n\
            f seg_over_left(seg, seg) boolean\n\
            f seg_over_right(seg, seg) boolean\n\
            f seg_left(seg, seg) boolean\n\
            f seg_right(seg, seg) boolean\n\
            f seg_lt(seg, seg) boolean\n\
            f seg_le(seg, seg) boolean\n\
            f seg_gt(seg, seg) boolean\n\
            f seg_ge(seg, seg) boolean\n\
            f seg_contains(seg, seg) boolean\n\
            f seg_contained(seg, seg) boolean\n\
            f seg_overlap(seg, seg) boolean\n\
            f seg_same(seg, seg) boolean\n\
            f seg_different(seg, seg) boolean\n\
            f seg_cmp(seg, seg) integer\n\
            f seg_union(seg, seg) seg\n\
            f seg_inter(seg, seg) seg\n\
            f seg_size(seg) real\n\
            f seg_center(seg) real\n\
            f seg_upper(seg) real\n\
            f seg_lower(seg) real\n\
            f gseg_consistent(internal, seg, smallint, oid, internal) boolean\n\
            f gseg_penalty(internal, internal, internal) internal\n\
            f gseg_picksplit(internal, internal) internal\n\
            f gseg_union(internal, internal) seg\n\
            f gseg_same(seg, seg, internal) internal\n\
        ",
    },
    ExtDef {
        name: "sslinfo",
        version: ("1.2", "1.2"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f ssl_client_serial() numeric\n\
            f ssl_is_used() boolean\n\
            f ssl_version() text\n\
            f ssl_cipher() text\n\
            f ssl_client_cert_present() boolean\n\
            f ssl_client_dn_field(text) text\n\
            f ssl_issuer_field(text) text\n\
            f ssl_client_dn() text\n\
            f ssl_issuer_dn() text\n\
            f ssl_extension_info() record\n\
        ",
    },
    ExtDef {
        name: "tablefunc",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f normal_rand(integer, double precision, double precision) double precision\n\
            f crosstab(text) record\n\
            t tablefunc_crosstab_2 c\n\
            t tablefunc_crosstab_3 c\n\
            t tablefunc_crosstab_4 c\n\
            f crosstab2(text) tablefunc_crosstab_2\n\
            f crosstab3(text) tablefunc_crosstab_3\n\
            f crosstab4(text) tablefunc_crosstab_4\n\
            f crosstab(text, integer) record\n\
            f crosstab(text, text) record\n\
            f connectby(text, text, text, text, integer, text) record\n\
            f connectby(text, text, text, text, integer) record\n\
            f connectby(text, text, text, text, text, integer, text) record\n\
            f connectby(text, text, text, text, text, integer) record\n\
        ",
    },
    ExtDef {
        name: "tcn",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f triggered_change_notification() trigger\n\
        ",
    },
    ExtDef {
        name: "tsm_system_rows",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f system_rows(internal) tsm_handler\n\
        ",
    },
    ExtDef {
        name: "tsm_system_time",
        version: ("1.0", "1.0"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f system_time(internal) tsm_handler\n\
        ",
    },
    ExtDef {
        name: "unaccent",
        version: ("1.1", "1.1"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f unaccent(regdictionary, text) text\n\
            f unaccent(text) text\n\
            f unaccent_init(internal) internal\n\
            f unaccent_lexize(internal, internal, internal, internal) internal\n\
        ",
    },
    ExtDef {
        name: "uuid-ossp",
        version: ("1.1", "1.1"),
        requires: &[],
        relocatable: true,
        schema: None,
        on: (true, true),
        members: "\
            f uuid_nil() uuid\n\
            f uuid_ns_dns() uuid\n\
            f uuid_ns_url() uuid\n\
            f uuid_ns_oid() uuid\n\
            f uuid_ns_x500() uuid\n\
            f uuid_generate_v1() uuid\n\
            f uuid_generate_v1mc() uuid\n\
            f uuid_generate_v3(uuid, text) uuid\n\
            f uuid_generate_v4() uuid\n\
            f uuid_generate_v5(uuid, text) uuid\n\
        ",
    },
    ExtDef {
        name: "xml2",
        version: ("1.1", "1.2"),
        requires: &[],
        relocatable: false,
        schema: None,
        on: (true, true),
        members: "\
            f xml_valid(text) boolean\n\
            f xml_encode_special_chars(text) text\n\
            f xpath_string(text, text) text\n\
            f xpath_nodeset(text, text, text, text) text\n\
            f xpath_number(text, text) real\n\
            f xpath_bool(text, text) boolean\n\
            f xpath_list(text, text, text) text\n\
            f xpath_list(text, text) text\n\
            f xpath_nodeset(text, text) text\n\
            f xpath_nodeset(text, text, text) text\n\
            f xpath_table(text, text, text, text, text) record\n\
            f xslt_process(text, text, text) text\n\
            f xslt_process(text, text) text\n\
        ",
    },
];
