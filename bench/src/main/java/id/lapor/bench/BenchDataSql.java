package id.lapor.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@link BenchData}, step by step. Placeholders in braces are numbers and identifiers computed by
 * {@code BenchData} (never user input). Ids of generated Camunda rows are readable and sorted by report:
 * {@code bpi-000000042} (process instance), {@code bexv-}/{@code bexf-}/{@code bexc-} (executions of the
 * verification task, the follow-up sub-process and the wait for the citizen), {@code btkv-}/{@code btkf-} (tasks).
 */
final class BenchDataSql {

    static final Map<String, String> STEPS = new LinkedHashMap<>();

    /** Big tables whose secondary indexes are dropped before the load and built again after it. */
    static final List<String> REINDEXED = List.of("report", "reporter_identity", "report_event", "follow_up",
            "routing_decision", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_identitylink",
            "act_hi_varinst");

    static final List<String> ANALYZED = List.of("region", "agency", "report", "reporter_identity", "report_event",
            "follow_up", "routing_decision", "sla_breach", "act_id_group", "act_id_user", "act_id_membership",
            "act_ru_authorization", "act_ru_execution", "act_ru_task", "act_ru_identitylink", "act_ru_variable",
            "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_identitylink", "act_hi_varinst");

    private BenchDataSql() {
    }

    private static void step(String name, String sql) {
        STEPS.put(name, sql);
    }

    static {
        step("schema bench", """
                create schema bench;
                create table bench.dataset (reports integer not null, open_tasks integer not null, units integer not null,
                    generated_at timestamptz not null default now(), seconds bigint);
                insert into bench.dataset (reports, open_tasks, units) values ({reports}, {openTasks}, {units});
                create sequence bench.auth_seq;
                """);

        step("regions", """
                insert into region (code, name, parent_code)
                select 'B' || lpad(p::text, 2, '0'), 'Provinsi Bench ' || lpad(p::text, 2, '0'), null
                from generate_series(1, {provinces}) p;
                insert into region (code, name, parent_code)
                select 'B' || lpad(p::text, 2, '0') || '.' || lpad(c::text, 2, '0'),
                       case when c % 2 = 1 then 'Kota' else 'Kabupaten' end || ' Bench ' || lpad(p::text, 2, '0') || '.'
                           || lpad(c::text, 2, '0'),
                       'B' || lpad(p::text, 2, '0')
                from generate_series(1, {provinces}) p, generate_series(1, {citiesPerProvince}) c;
                """);

        step("governments", """
                insert into agency (code, name, level, parent_id, region_code, time_zone)
                select 'bench-prov-' || lpad(p::text, 2, '0'), 'Pemerintah Provinsi Bench ' || lpad(p::text, 2, '0'),
                       'PEMERINTAH_PROVINSI', (select id from agency where code = 'nasional'), 'B' || lpad(p::text, 2, '0'),
                       (array['Asia/Jakarta', 'Asia/Jakarta', 'Asia/Makassar', 'Asia/Jakarta', 'Asia/Jayapura'])[p % 5 + 1]
                from generate_series(1, {provinces}) p;
                insert into agency (code, name, level, parent_id, region_code, time_zone)
                select 'bench-kemen-' || m, 'Kementerian Bench ' || m, 'KEMENTERIAN',
                       (select id from agency where code = 'nasional'), null, 'Asia/Jakarta'
                from generate_series(1, {ministries}) m;
                insert into agency (code, name, level, parent_id, region_code, time_zone)
                select 'bench-kota-' || lpad(p::text, 2, '0') || '-' || lpad(c::text, 2, '0'), 'Pemerintah ' || r.name,
                       'PEMERINTAH_KABUPATEN_KOTA', prov.id, r.code, prov.time_zone
                from generate_series(1, {provinces}) p, generate_series(1, {citiesPerProvince}) c
                join region r on true
                join agency prov on true
                where r.code = 'B' || lpad(p::text, 2, '0') || '.' || lpad(c::text, 2, '0')
                  and prov.code = 'bench-prov-' || lpad(p::text, 2, '0');
                create table bench.government as
                select row_number() over (order by a.id) as g, a.id, a.code, a.name, a.level, a.region_code, a.time_zone,
                       coalesce(parent.code, 'nasional') as parent_code
                from agency a left join agency parent on parent.id = a.parent_id and parent.code <> 'nasional'
                where a.code like 'bench-%';
                """);

        step("units", """
                create table bench.unit as
                select i as no, g.id as gov_id, g.code as gov_code, g.name as gov_name, g.region_code, g.time_zone,
                       'bench-u' || lpad(i::text, 3, '0') || '-' || (array['dpupr', 'dinkes', 'disdik', 'dukcapil', 'dishub',
                           'dlh', 'dinsos', 'dpmptsp', 'satpolpp', 'disnaker'])[k] as code,
                       (array['Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Kesehatan', 'Dinas Pendidikan',
                           'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Perhubungan', 'Dinas Lingkungan Hidup',
                           'Dinas Sosial', 'Dinas Penanaman Modal dan PTSP', 'Satuan Polisi Pamong Praja',
                           'Dinas Tenaga Kerja'])[k] || ' ' || replace(g.name, 'Pemerintah ', '') || ' (' || i || ')' as name,
                       (array['INFRASTRUKTUR_JALAN', 'KESEHATAN_PUSKESMAS', 'PENDIDIKAN_PPDB', 'ADMINDUK_KTP',
                           'INFRASTRUKTUR_PJU', 'INFRASTRUKTUR_DRAINASE', 'LAINNYA_UMUM', 'LAINNYA_UMUM', 'LAINNYA_UMUM',
                           'LAINNYA_UMUM'])[k] as category_a,
                       (array['INFRASTRUKTUR_DRAINASE', 'KESEHATAN_BPJS', 'PENDIDIKAN_PUNGLI', 'ADMINDUK_AKTA',
                           'INFRASTRUKTUR_JALAN', 'LAINNYA_UMUM', 'LAINNYA_UMUM', 'LAINNYA_UMUM', 'LAINNYA_UMUM',
                           'LAINNYA_UMUM'])[k] as category_b,
                       'verifier-' || g.code as verifier_group, 'supervisor-' || g.code as supervisor_group,
                       'supervisor-' || g.parent_code as second_group,
                       'bench.verifikator.' || substr(g.code, 7) as verifier_user,
                       'bench.pengawas.' || substr(g.code, 7) as supervisor_user,
                       'bench.penghubung.u' || lpad(i::text, 3, '0') as liaison_user
                from generate_series(1, {units}) i
                cross join lateral (select ((i - 1) / (select count(*) from bench.government))::int % 10 + 1 as k) kind
                join bench.government g on g.g = (i - 1) % (select count(*) from bench.government) + 1;
                insert into agency (code, name, level, parent_id, region_code, time_zone)
                select code, name, 'UNIT', gov_id, region_code, time_zone from bench.unit order by no;
                alter table bench.unit add column agency_id bigint, add column liaison_group varchar(100),
                    add column category_a_id bigint, add column category_b_id bigint;
                update bench.unit u set agency_id = a.id, liaison_group = 'liaison-' || u.code,
                    category_a_id = (select id from category where code = u.category_a),
                    category_b_id = (select id from category where code = u.category_b)
                from agency a where a.code = u.code;
                alter table bench.unit add primary key (no);
                """);

        step("camunda identity", """
                insert into act_id_group (id_, rev_, name_, type_)
                select 'liaison-' || code, 1, 'Penghubung ' || name, 'WORKFLOW' from bench.unit
                union all select 'verifier-' || code, 1, 'Verifikator ' || name, 'WORKFLOW' from bench.government
                union all select 'supervisor-' || code, 1, 'Pengawas ' || name, 'WORKFLOW' from bench.government;
                create table bench.account as
                select liaison_user as user_id, liaison_group as group_id, 'Penghubung' as first_name, name as last_name
                from bench.unit
                union all select distinct verifier_user, verifier_group, 'Verifikator', gov_name from bench.unit
                union all select distinct supervisor_user, supervisor_group, 'Pengawas', gov_name from bench.unit
                union all select 'bench.auditor', 'auditor', 'Auditor', 'Bench';
                insert into act_id_user (id_, rev_, first_, last_, email_, pwd_, salt_)
                select user_id, 1, first_name, last_name, user_id || '@bench.lapor.go.id',
                       '{SHA-512}' || replace(encode(sha512(convert_to('{password}' || salt, 'UTF8')), 'base64'), E'\\n', ''),
                       salt
                from (select user_id, first_name, last_name,
                             replace(encode(substr(sha256(convert_to(user_id, 'UTF8')), 1, 16), 'base64'), E'\\n', '') as salt
                      from bench.account) a;
                insert into act_id_membership (user_id_, group_id_) select user_id, group_id from bench.account;
                """);

        step("camunda authorizations", """
                with filters as (
                    select name_, id_ from act_ru_filter
                ),
                roles(group_id, role) as (
                    select 'liaison-' || code, 'LIAISON' from bench.unit
                    union all select 'verifier-' || code, 'VERIFIER' from bench.government
                    union all select 'supervisor-' || code, 'SUPERVISOR' from bench.government
                ),
                grants(group_id, resource_type, resource_id, perms) as (
                    select group_id, 2, group_id, 2 from roles
                    union all select group_id, 0, 'tasklist', 32 from roles
                    union all select group_id, 6, '*', 2 from roles
                    union all select r.group_id, 5, f.id_, 2 from roles r join filters f on f.name_ = case r.role
                        when 'LIAISON' then 'Tindak lanjut instansi' when 'VERIFIER' then 'Verifikasi laporan'
                        else 'Eskalasi dan sanggahan' end
                    union all select r.group_id, 5, f.id_, 2 from roles r
                        join filters f on f.name_ in ('Segera jatuh tempo', 'Lewat tenggat', 'Tugas saya')
                )
                insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_)
                select 'bauth-' || nextval('bench.auth_seq'), 1, 1, group_id, null, resource_type, resource_id, perms
                from grants;
                insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_)
                select 'bauth-' || nextval('bench.auth_seq'), 1, 1, null, user_id, 1, user_id, 2147483647 from bench.account;
                """);

        step("plan", """
                create unlogged table bench.r as
                select s.*,
                       case when s.kind = 2 then s.closed_at else s.forwarded end as verified_at,
                       s.forwarded + (s.answered - s.forwarded) / 2 as progress_at
                from (
                    select t.*,
                           t.submitted_at + least(interval '1 day' * (1 + t.n % 3) + interval '1 hour' * (t.n % 7),
                                                  (now() - t.submitted_at) * 0.2) as forwarded,
                           t.submitted_at + least(interval '1 day' * (1 + t.n % 3) + interval '1 hour' * (t.n % 7),
                                                  (now() - t.submitted_at) * 0.2)
                               + least(interval '1 day' * (2 + t.n % 20), (now() - t.submitted_at) * 0.3) as answered,
                           case t.kind
                               when 1 then t.submitted_at
                                   + least(interval '1 day' * (1 + t.n % 3) + interval '1 hour' * (t.n % 7),
                                           (now() - t.submitted_at) * 0.2)
                                   + least(interval '1 day' * (2 + t.n % 20), (now() - t.submitted_at) * 0.3)
                                   + least(interval '1 day' * (1 + t.n % 5), (now() - t.submitted_at) * 0.3)
                               when 2 then t.submitted_at + least(interval '1 day' * (1 + t.n % 2), (now() - t.submitted_at) * 0.5)
                           end as closed_at
                    from (
                        select nextval('report_id_seq') as report_id, o.*
                        from (
                            select n, lpad(n::text, 9, '0') as k,
                                   case when n > {reports} - 2 * {openTasks} and ({reports} - n) % 2 = 0 then 0
                                        when n % 10 in (3, 7) then 2 else 1 end as kind,
                                   case when n > {reports} - 2 * {openTasks} and ({reports} - n) % 2 = 0
                                        then (({reports} - n) / 2) % {units} + 1
                                        else ((n::bigint * 7919) % {units})::int + 1 end as unit,
                                   now() - interval '730 days' + (n::double precision / {reports}) * interval '729 days'
                                       as submitted_at
                            from generate_series(1, {reports}) n
                            order by n
                        ) o
                    ) t
                ) s;
                alter table bench.r add primary key (n);
                """);

        step("report", """
                with template(category, title, description) as (values
                    ('INFRASTRUKTUR_JALAN', 'Jalan berlubang membahayakan pengendara',
                     'Lubang besar di badan jalan sudah berbulan-bulan tidak diperbaiki dan membahayakan pengendara motor, terutama malam hari.'),
                    ('INFRASTRUKTUR_DRAINASE', 'Saluran air tersumbat, banjir setiap hujan',
                     'Drainase tersumbat sampah dan lumpur sehingga rumah warga kebanjiran setiap hujan deras.'),
                    ('INFRASTRUKTUR_PJU', 'Lampu penerangan jalan mati',
                     'Lampu penerangan jalan umum mati sejak dua minggu, jalan gelap dan rawan kejahatan.'),
                    ('KESEHATAN_PUSKESMAS', 'Antrean puskesmas terlalu lama',
                     'Pasien menunggu lebih dari empat jam di puskesmas dan dokter sering tidak ada di tempat.'),
                    ('KESEHATAN_BPJS', 'Peserta BPJS ditolak rumah sakit',
                     'Rumah sakit menolak pasien peserta BPJS dengan alasan kamar penuh dan meminta biaya tambahan.'),
                    ('PENDIDIKAN_PPDB', 'Pendaftaran sekolah zonasi tidak transparan',
                     'Hasil seleksi penerimaan peserta didik baru jalur zonasi tidak diumumkan dan jarak rumah tidak dihitung benar.'),
                    ('PENDIDIKAN_PUNGLI', 'Pungutan seragam dan buku di sekolah negeri',
                     'Sekolah negeri mewajibkan orang tua membayar seragam dan buku di luar ketentuan tanpa kuitansi.'),
                    ('ADMINDUK_KTP', 'KTP elektronik belum jadi berbulan-bulan',
                     'Perekaman KTP elektronik sudah dilakukan tetapi kartu belum dicetak dengan alasan blangko habis.'),
                    ('ADMINDUK_AKTA', 'Pengurusan akta kelahiran dipersulit',
                     'Petugas meminta dokumen tambahan yang tidak ada dalam persyaratan untuk akta kelahiran anak.'),
                    ('LAINNYA_UMUM', 'Pelayanan kantor tidak sesuai jam buka',
                     'Kantor pelayanan sering tutup sebelum jam layanan berakhir dan warga diminta datang kembali.')
                ),
                street(i, name) as (
                    select ordinality::int - 1, name from unnest(array['Jl. Merdeka', 'Jl. Sudirman', 'Jl. Ahmad Yani',
                        'Jl. Diponegoro', 'Jl. Gajah Mada', 'Jl. Pahlawan', 'Jl. Veteran', 'Jl. Imam Bonjol',
                        'Jl. Hasanuddin', 'Jl. Pattimura', 'Jl. Kartini', 'Jl. Cendrawasih']) with ordinality as s(name)
                )
                insert into report (id, tracking_number, access_code_hash, type, title, description, incident_date,
                    region_code, address, category_id, target_agency_id, anonymous, confidential, status, channel,
                    holding_agency_id, holding_since, current_due_at, submitted_at, closed_at, process_instance_id,
                    archive_reason, archive_note, duplicate_of_id, rating, version, language)
                select r.report_id, ({trackingBase} + r.n)::text, '{accessCodeHash}',
                       case when r.n % 7 = 0 then 'ASPIRASI' else 'ADUAN' end,
                       t.title || ' di ' || s.name, t.description || ' Lokasi: ' || s.name || ' No. ' || (r.n % 200 + 1) || '.',
                       (r.submitted_at - interval '1 day' * (r.n % 10))::date,
                       case when u.region_code is null
                            then 'B' || lpad((r.n % {provinces} + 1)::text, 2, '0') || '.' || lpad((r.n % {citiesPerProvince} + 1)::text, 2, '0')
                            when length(u.region_code) = 3 then u.region_code || '.' || lpad((r.n % {citiesPerProvince} + 1)::text, 2, '0')
                            else u.region_code end,
                       s.name || ' No. ' || (r.n % 200 + 1),
                       case when r.n % 2 = 0 then u.category_a_id else u.category_b_id end,
                       case when r.n % 5 < 3 then u.agency_id end,
                       r.n % 5 = 1, r.n % 20 = 0,
                       case r.kind when 0 then 'DITINDAKLANJUTI' when 1 then 'SELESAI' else 'DIARSIPKAN' end,
                       (array['WEB', 'API', 'SMS', 'SOCIAL_MEDIA', 'WEB', 'API', 'WEB', 'OPEN311'])[r.n % 8 + 1],
                       case when r.kind = 2 then u.gov_id else u.agency_id end,
                       r.verified_at,
                       case when r.kind = 0 then r.forwarded + interval '30 days' end,
                       r.submitted_at, r.closed_at, 'bpi-' || r.k,
                       case when r.kind = 2 then (array['NOT_PUBLIC_SERVICE', 'INCOMPLETE', 'DUPLICATE', 'OUT_OF_SCOPE',
                           'ABUSIVE'])[r.n % 5 + 1] end,
                       case when r.kind = 2 then 'Diarsipkan oleh verifikator (data benchmark).' end,
                       case when r.kind = 2 and r.n % 5 = 2 and r.n > 1 then r.report_id - 1 end,
                       case when r.kind = 1 and r.n % 5 < 3 then (array[5, 4, 5, 3, 4, 2, 5, 1, 4, 5])[r.n % 10 + 1] end,
                       0, case when r.n % 25 = 0 then 'en' else 'id' end
                from bench.r r
                join bench.unit u on u.no = r.unit
                join category c on c.id = case when r.n % 2 = 0 then u.category_a_id else u.category_b_id end
                join template t on t.category = c.code
                join street s on s.i = r.n % 12;
                """);

        step("reporter_identity", """
                insert into reporter_identity (report_id, full_name, email, phone)
                select report_id,
                       (array['Budi', 'Siti', 'Agus', 'Dewi', 'Rudi', 'Ani', 'Joko', 'Rina'])[n % 8 + 1] || ' '
                           || (array['Santoso', 'Rahayu', 'Wijaya', 'Lestari', 'Hidayat', 'Kusuma'])[n % 6 + 1],
                       case when n % 3 > 0 then 'pelapor' || n || '@example.com' end,
                       case when n % 3 < 2 then '08' || lpad((n::bigint * 7 % 10000000000)::text, 10, '0') end
                from bench.r where n % 5 <> 0;
                """);

        step("report_event", """
                insert into report_event (report_id, type, occurred_at, agency_id, actor, detail)
                select r.report_id, e.type, e.at, e.agency_id, e.actor, e.detail
                from bench.r r
                join bench.unit u on u.no = r.unit
                join bench.unit other on other.no = r.unit % {units} + 1
                cross join lateral (values
                    ('SUBMITTED', r.submitted_at, null::bigint, 'pelapor', 'WEB', true),
                    ('RETURNED_NOT_AUTHORITY', r.forwarded - interval '2 hours', other.agency_id, other.liaison_user,
                     'Bukan kewenangan instansi kami.', r.kind = 1 and r.n % 23 = 0),
                    ('FORWARDED', r.forwarded, u.agency_id, u.verifier_user, null, r.kind in (0, 1)),
                    ('FOLLOW_UP_POSTED', r.progress_at, u.agency_id, u.liaison_user, 'Laporan sedang ditinjau di lapangan.',
                     (r.kind = 1 and r.n % 3 = 0) or (r.kind = 0 and r.n % 5 = 0)),
                    ('FINAL_ANSWER_POSTED', r.answered, u.agency_id, u.liaison_user, 'Sudah ditindaklanjuti dan diperbaiki.',
                     r.kind = 1),
                    ('CONFIRMATION_REQUESTED', r.answered + interval '1 second', u.agency_id, 'sistem', null, r.kind = 1),
                    ('CONFIRMED', r.closed_at - interval '1 second', u.agency_id, 'pelapor', 'Terima kasih',
                     r.kind = 1 and r.n % 5 < 3),
                    ('CLOSED', r.closed_at, u.agency_id, 'sistem',
                     case when r.n % 5 < 3 then 'CONFIRMED' else 'CONFIRMATION_PERIOD_EXPIRED' end, r.kind = 1),
                    ('ARCHIVED', r.closed_at, u.gov_id, u.verifier_user, 'Diarsipkan oleh verifikator.', r.kind = 2)
                ) e(type, at, agency_id, actor, detail, present)
                where e.present;
                """);

        step("follow_up", """
                insert into follow_up (report_id, agency_id, author, body, outcome, posted_at)
                select r.report_id, u.agency_id, u.liaison_user, f.body, f.outcome, f.at
                from bench.r r
                join bench.unit u on u.no = r.unit
                cross join lateral (values
                    ('Laporan sedang ditinjau di lapangan.', 'PROGRESS', r.progress_at,
                     (r.kind = 1 and r.n % 3 = 0) or (r.kind = 0 and r.n % 5 = 0)),
                    ('Sudah ditindaklanjuti dan diperbaiki.', 'FINAL', r.answered, r.kind = 1)
                ) f(body, outcome, at, present)
                where f.present;
                """);

        step("routing_decision", """
                insert into routing_decision (report_id, suggested_agency_id, suggestion_level, chosen_agency_id, matched,
                    rerouting_count, verifier, decided_at)
                select r.report_id, case when r.n % 10 = 0 then other.agency_id else u.agency_id end,
                       case when length(coalesce(u.region_code, '')) = 3 then 'PROVINCE' else 'CITY' end,
                       u.agency_id, r.n % 10 <> 0, case when r.kind = 1 and r.n % 23 = 0 then 1 else 0 end,
                       u.verifier_user, r.forwarded
                from bench.r r
                join bench.unit u on u.no = r.unit
                join bench.unit other on other.no = r.unit % {units} + 1
                where r.kind in (0, 1);
                """);

        step("sla_breach", """
                insert into sla_breach (report_id, agency_id, kind, due_at, recorded_at, alerted_group)
                select r.report_id, u.agency_id, 'FIRST_RESPONSE', r.forwarded + interval '3 days',
                       least(r.forwarded + interval '3 days', r.answered), u.supervisor_group
                from bench.r r join bench.unit u on u.no = r.unit
                where r.kind = 1 and r.n % 12 = 0
                union all
                select r.report_id, u.agency_id, 'COMPLETION', r.forwarded + interval '30 days',
                       r.forwarded + interval '30 days', u.supervisor_group
                from bench.r r join bench.unit u on u.no = r.unit
                where r.kind = 0 and r.forwarded + interval '30 days' < now();
                """);

        step("act_hi_procinst", """
                insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
                    end_time_, removal_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
                select 'bpi-' || k, 'bpi-' || k, ({trackingBase} + n)::text, 'ComplaintHandlingProcess',
                       '{processDefinitionId}', submitted_at, closed_at, closed_at + interval '3650 days',
                       (extract(epoch from closed_at - submitted_at) * 1000)::bigint, 'StartEvent_ReportSubmitted',
                       case kind when 1 then 'EndEvent_ReportClosed' when 2 then 'EndEvent_ReportArchived' end,
                       'bpi-' || k, case when kind = 0 then 'ACTIVE' else 'COMPLETED' end
                from bench.r;
                """);

        step("act_hi_actinst", """
                with path(seq, act_id, act_name, act_type, in_sub, exec, t0, t1, kinds, done_state, open_when_running) as (values
                    (1, 'StartEvent_ReportSubmitted', 'Laporan diterima', 'startEvent', false, 'p', 's', 's', '012', 4, false),
                    (3, 'Gateway_EnterVerification', null, 'exclusiveGateway', false, 'p', 's', 's', '012', 4, false),
                    (5, 'Task_ScheduleVerification', 'Tetapkan tenggat verifikasi', 'serviceTask', false, 'p', 's', 's', '012', 4, false),
                    (7, 'Task_VerifyReport', 'Verifikasi laporan', 'userTask', false, 'v', 's', 'v', '012', 4, false),
                    (9, 'Task_ApplyVerificationDecision', 'Terapkan keputusan verifikasi', 'serviceTask', false, 'p', 'v', 'v', '012', 4, false),
                    (11, 'Gateway_VerificationDecision', 'Hasil verifikasi?', 'exclusiveGateway', false, 'p', 'v', 'v', '012', 4, false),
                    (13, 'EndEvent_ReportArchived', 'Laporan diarsipkan', 'noneEndEvent', false, 'p', 'v', 'v', '2', 1, false),
                    (13, 'Task_ForwardReport', 'Teruskan ke instansi (disposisi)', 'serviceTask', false, 'p', 'v', 'v', '01', 4, false),
                    (15, 'Gateway_EnterFollowUp', null, 'exclusiveGateway', false, 'p', 'v', 'v', '01', 4, false),
                    (17, 'Task_ScheduleFollowUp', 'Tetapkan tenggat tindak lanjut', 'serviceTask', false, 'p', 'v', 'v', '01', 4, false),
                    (19, 'SubProcess_AgencyFollowUp', 'Tindak lanjut oleh instansi', 'subProcess', false, 'f', 'v', 'a', '01', 4, true),
                    (20, 'StartEvent_FollowUpStarted', 'Tindak lanjut dimulai', 'startEvent', true, 'f', 'v', 'v', '01', 4, false),
                    (22, 'Gateway_AwaitFollowUp', null, 'exclusiveGateway', true, 'f', 'v', 'v', '01', 4, false),
                    (24, 'Task_PostFollowUp', 'Tindak lanjuti laporan', 'userTask', true, 'f', 'v', 'a', '01', 4, true),
                    (26, 'Task_RecordFollowUp', 'Simpan tindak lanjut', 'serviceTask', true, 'f', 'a', 'a', '1', 4, false),
                    (28, 'Gateway_FollowUpKind', 'Jenis tanggapan?', 'exclusiveGateway', true, 'f', 'a', 'a', '1', 4, false),
                    (30, 'EndEvent_FinalAnswerPosted', 'Jawaban akhir diberikan', 'terminateEndEvent', true, 'f', 'a', 'a', '1', 1, false),
                    (33, 'Gateway_FollowUpOutcome', 'Hasil tindak lanjut?', 'exclusiveGateway', false, 'p', 'a', 'a', '1', 4, false),
                    (35, 'Task_RequestConfirmation', 'Minta konfirmasi pelapor', 'serviceTask', false, 'p', 'a', 'a', '1', 4, false),
                    (37, 'Gateway_AwaitCitizenResponse', 'Menunggu tanggapan pelapor', 'eventBasedGateway', false, 'c', 'a', 'c', '1', 2, false),
                    (39, 'Event_ReportConfirmed', 'Pelapor menyatakan selesai', 'intermediateMessageCatch', false, 'p', 'c', 'c', '1', 4, false),
                    (41, 'EndEvent_ReportClosed', 'Laporan selesai', 'noneEndEvent', false, 'p', 'c', 'c', '1', 1, false)
                )
                insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
                    proc_inst_id_, execution_id_, act_id_, task_id_, act_name_, act_type_, assignee_, start_time_, end_time_,
                    duration_, act_inst_state_, sequence_counter_, removal_time_)
                select x.act_id || ':bai-' || x.k || '-' || x.seq,
                       case when x.in_sub then 'SubProcess_AgencyFollowUp:bai-' || x.k || '-19' else 'bpi-' || x.k end,
                       'ComplaintHandlingProcess', '{processDefinitionId}', 'bpi-' || x.k, 'bpi-' || x.k,
                       case x.exec when 'p' then 'bpi-' when 'v' then 'bexv-' when 'f' then 'bexf-' else 'bexc-' end || x.k,
                       x.act_id, case x.act_id when 'Task_VerifyReport' then 'btkv-' || x.k
                                               when 'Task_PostFollowUp' then 'btkf-' || x.k end,
                       x.act_name, x.act_type,
                       case when x.act_id = 'Task_VerifyReport' then x.verifier_user
                            when x.act_id = 'Task_PostFollowUp' and x.kind = 1 then x.liaison_user end,
                       x.started, x.ended, (extract(epoch from x.ended - x.started) * 1000)::bigint,
                       case when x.ended is null then 0 else x.done_state end, x.seq,
                       x.closed_at + interval '3650 days'
                from (
                    select p.*, r.k, r.kind, r.closed_at, u.verifier_user, u.liaison_user,
                           case p.t0 when 's' then r.submitted_at when 'v' then r.verified_at when 'a' then r.answered
                                else r.closed_at end as started,
                           case when r.kind = 0 and p.open_when_running then null
                                else case p.t1 when 's' then r.submitted_at when 'v' then r.verified_at
                                               when 'a' then r.answered else r.closed_at end end as ended
                    from bench.r r
                    join bench.unit u on u.no = r.unit
                    join path p on position(r.kind::text in p.kinds) > 0
                ) x;
                """);

        step("act_hi_taskinst", """
                insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
                    proc_inst_id_, execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_,
                    delete_reason_, priority_, due_date_, removal_time_, task_state_)
                select t.id, t.def_key, 'ComplaintHandlingProcess', '{processDefinitionId}', 'bpi-' || r.k, 'bpi-' || r.k,
                       t.exec, t.def_key || ':bai-' || r.k || '-' || t.seq, t.name, t.assignee, t.started, t.ended,
                       (extract(epoch from t.ended - t.started) * 1000)::bigint,
                       case when t.ended is not null then 'completed' end, 50, t.due, r.closed_at + interval '3650 days',
                       case when t.ended is null then 'Created' else 'Completed' end
                from bench.r r
                join bench.unit u on u.no = r.unit
                cross join lateral (values
                    ('btkv-' || r.k, 'Task_VerifyReport', 'Verifikasi laporan', 'bexv-' || r.k, 7, u.verifier_user,
                     r.submitted_at, r.verified_at, r.submitted_at + interval '3 days', true),
                    ('btkf-' || r.k, 'Task_PostFollowUp', 'Tindak lanjuti laporan', 'bexf-' || r.k, 24,
                     case when r.kind = 1 then u.liaison_user end, r.forwarded,
                     case when r.kind = 1 then r.answered end, r.forwarded + interval '30 days', r.kind in (0, 1))
                ) t(id, def_key, name, exec, seq, assignee, started, ended, due, present)
                where t.present;
                """);

        step("act_hi_identitylink", """
                insert into act_hi_identitylink (id_, timestamp_, type_, user_id_, group_id_, task_id_, root_proc_inst_id_,
                    proc_def_id_, operation_type_, assigner_id_, proc_def_key_, removal_time_)
                select 'bhil-' || r.k || '-' || l.i, l.at, l.type, l.user_id, l.group_id, l.task_id, 'bpi-' || r.k,
                       '{processDefinitionId}', 'add', l.assigner, 'ComplaintHandlingProcess',
                       r.closed_at + interval '3650 days'
                from bench.r r
                join bench.unit u on u.no = r.unit
                cross join lateral (values
                    (1, r.submitted_at, 'candidate', null, u.verifier_group, 'btkv-' || r.k, null, true),
                    (2, r.verified_at - interval '1 minute', 'assignee', u.verifier_user, null, 'btkv-' || r.k,
                     u.verifier_user, true),
                    (3, r.forwarded, 'candidate', null, u.liaison_group, 'btkf-' || r.k, u.verifier_user, r.kind in (0, 1)),
                    (4, r.answered - interval '1 minute', 'assignee', u.liaison_user, null, 'btkf-' || r.k,
                     u.liaison_user, r.kind = 1)
                ) l(i, at, type, user_id, group_id, task_id, assigner, present)
                where l.present;
                """);

        step("act_hi_varinst finished", """
                insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                    execution_id_, act_inst_id_, name_, var_type_, create_time_, rev_, long_, text_, state_, removal_time_)
                select 'bhv-' || r.k || '-' || v.i, 'ComplaintHandlingProcess', '{processDefinitionId}', 'bpi-' || r.k,
                       'bpi-' || r.k, 'bpi-' || r.k, 'bpi-' || r.k, v.name, v.type, v.at, 1, v.long, v.text, 'CREATED',
                       r.closed_at + interval '3650 days'
                from bench.r r
                join bench.unit u on u.no = r.unit
                cross join lateral (values
                    (1, 'reportId', 'long', r.report_id, r.report_id::text, r.submitted_at, true),
                    (2, 'trackingNumber', 'string', null, ({trackingBase} + r.n)::text, r.submitted_at, true),
                    (3, 'reportType', 'string', null, case when r.n % 7 = 0 then 'ASPIRASI' else 'ADUAN' end,
                     r.submitted_at, true),
                    (4, 'verifierGroup', 'string', null, u.verifier_group, r.submitted_at, true),
                    (5, 'supervisorGroup', 'string', null, u.supervisor_group, r.submitted_at, true),
                    (6, 'verificationDecision', 'string', null, case when r.kind = 2 then 'ARCHIVE' else 'FORWARD' end,
                     r.verified_at, true),
                    (7, 'liaisonGroup', 'string', null, u.liaison_group, r.forwarded, r.kind = 1),
                    (8, 'agencyCode', 'string', null, u.code, r.forwarded, r.kind = 1)
                ) v(i, name, type, long, text, at, present)
                where r.kind in (1, 2) and v.present;
                """);

        step("act_ru_execution", """
                insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, parent_id_,
                    proc_def_id_, act_id_, act_inst_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_,
                    suspension_state_, cached_ent_state_, sequence_counter_, proc_def_key_)
                select e.id, e.rev, e.root, 'bpi-' || r.k, e.business_key, e.parent, '{processDefinitionId}', e.act_id,
                       e.act_inst, e.active, false, true, false, 1, e.state, e.seq, 'ComplaintHandlingProcess'
                from bench.r r
                cross join lateral (values
                    ('bpi-' || r.k, 2, 'bpi-' || r.k, ({trackingBase} + r.n)::text, null, null,
                     'SubProcess_AgencyFollowUp:bai-' || r.k || '-19', false, 16, 18),
                    ('bexf-' || r.k, 1, null, null, 'bpi-' || r.k, 'Task_PostFollowUp',
                     'Task_PostFollowUp:bai-' || r.k || '-24', true, 2, 24)
                ) e(id, rev, root, business_key, parent, act_id, act_inst, active, state, seq)
                where r.kind = 0;
                """);

        step("act_ru_task", """
                insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_,
                    priority_, create_time_, due_date_, suspension_state_, task_state_)
                select 'btkf-' || k, 1, 'bexf-' || k, 'bpi-' || k, '{processDefinitionId}', 'Tindak lanjuti laporan',
                       'Task_PostFollowUp', 50, forwarded, forwarded + interval '30 days', 1, 'Created'
                from bench.r where kind = 0 order by n;
                insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
                select 'bril-' || r.k, 1, u.liaison_group, 'candidate', 'btkf-' || r.k
                from bench.r r join bench.unit u on u.no = r.unit where r.kind = 0 order by r.n;
                -- what the engine grants a candidate group: READ (2), TASK_WORK (16384), READ_VARIABLE (64)
                insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
                select 'bauth-t-' || r.k, 1, 1, u.liaison_group, 7, 'btkf-' || r.k, 16450
                from bench.r r join bench.unit u on u.no = r.unit where r.kind = 0 order by r.n;
                """);

        step("act_ru_variable (+ hist)", """
                with v as (
                    select 'brv-' || r.k || '-' || lpad(v.i::text, 2, '0') as id, r.k, v.name, v.type,
                           case when v.local then 'bexf-' || r.k else 'bpi-' || r.k end as execution_id,
                           case when v.local then 'btkf-' || r.k end as task_id,
                           case v.type when 'date' then (extract(epoch from v.at) * 1000)::bigint
                                       when 'boolean' then case when v.flag then 1 else 0 end
                                       else v.long end as long,
                           case when v.type in ('date', 'boolean', 'null', 'json') then null else v.text end as text,
                           case when v.type = 'json' then v.text end as json,
                           r.forwarded as created
                    from bench.r r
                    join bench.unit u on u.no = r.unit
                    join report rep on rep.id = r.report_id
                    join category c on c.id = rep.category_id
                    join category cp on cp.id = c.parent_id
                    cross join lateral (values
                        (1, 'reportId', 'long', false, r.report_id, r.report_id::text, null::timestamptz, null::boolean),
                        (2, 'trackingNumber', 'string', false, null, rep.tracking_number, null, null),
                        (3, 'reportType', 'string', false, null, rep.type, null, null),
                        (4, 'verifierGroup', 'string', false, null, u.verifier_group, null, null),
                        (5, 'supervisorGroup', 'string', false, null, u.supervisor_group, null, null),
                        (6, 'secondLevelSupervisorGroup', 'string', false, null, u.second_group, null, null),
                        (7, 'maxReopenings', 'integer', false, 2, '2', null, null),
                        (8, 'reopenCount', 'integer', false, 0, '0', null, null),
                        (9, 'reportAnonymous', 'boolean', false, null, null, null, rep.anonymous),
                        (10, 'reportConfidential', 'boolean', false, null, null, null, rep.confidential),
                        (11, 'verificationDue', 'date', false, null, null, r.submitted_at + interval '3 days', null),
                        (12, 'verificationReminderAt', 'date', false, null, null, r.submitted_at + interval '2 days', null),
                        (13, 'suggestedAgency', 'string', false, null, u.code, null, null),
                        (14, 'routingLevel', 'string', false, null, 'CITY', null, null),
                        (15, 'routingReason', 'string', false, null, 'Aturan tingkat kabupaten/kota', null, null),
                        (16, 'verificationDecision', 'string', false, null, 'FORWARD', null, null),
                        (17, 'forwardAgency', 'string', false, null, u.code, null, null),
                        (18, 'agencyCode', 'string', false, null, u.code, null, null),
                        (19, 'liaisonGroup', 'string', false, null, u.liaison_group, null, null),
                        (20, 'firstResponseDue', 'date', false, null, null, r.forwarded + interval '5 days', null),
                        (21, 'completionWarningAt', 'date', false, null, null, r.forwarded + interval '22 days', null),
                        (22, 'completionDue', 'date', false, null, null, r.forwarded + interval '30 days', null),
                        (23, 'secondEscalationAt', 'date', false, null, null, r.forwarded + interval '44 days', null),
                        (24, 'firstResponseAt', 'null', false, null, null, null, null),
                        (25, 'reportTrackingNumber', 'string', true, null, rep.tracking_number, null, null),
                        (26, 'reportTypeLabel', 'string', true, null, case when rep.type = 'ADUAN' then 'Aduan'
                                                                           else 'Aspirasi' end, null, null),
                        -- the form's other copies of the report: one JSON view (process.PresentReportToTask), in a byte array
                        (27, 'reportView', 'json', true, null, json_build_object(
                            'reportCategory', cp.name || ' › ' || c.name, 'reportDescription', rep.description,
                            'reportFiles', 'Laporan ini tidak memiliki lampiran.',
                            'reportHistory', 'Laporan diterima; diteruskan ke ' || u.name,
                            'reportIncidentDate', to_char(rep.incident_date, 'DD-MM-YYYY'), 'reportLocation', rep.address,
                            'reportPrivacy', case when rep.anonymous then 'Anonim' else 'Terbuka' end,
                            'reportSubmittedAt', to_char(rep.submitted_at, 'DD-MM-YYYY HH24:MI'),
                            'reportSupervisorInstruction', '', 'reportTargetAgency', u.name,
                            'reportTitle', rep.title)::text, null, null)
                    ) v(i, name, type, local, long, text, at, flag)
                    where r.kind = 0
                ),
                bytes as (
                    insert into act_ge_bytearray (id_, rev_, name_, bytes_, generated_, type_, create_time_)
                    select 'bba-' || id, 1, name, convert_to(json, 'UTF8'), false, 2, created from v where json is not null
                    returning 1
                ),
                runtime as (
                    insert into act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_, proc_def_id_,
                        task_id_, bytearray_id_, long_, text_, text2_, var_scope_, sequence_counter_, is_concurrent_local_)
                    select id, 1, type, name, execution_id, 'bpi-' || k, '{processDefinitionId}', task_id,
                           case when json is not null then 'bba-' || id end, long, text,
                           case when json is not null then 'application/json' end,
                           coalesce(task_id, execution_id), 1, false
                    from v
                    returning 1
                )
                insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                    execution_id_, act_inst_id_, task_id_, name_, var_type_, create_time_, rev_, long_, text_, state_)
                select 'bh' || id, 'ComplaintHandlingProcess', '{processDefinitionId}', 'bpi-' || k, 'bpi-' || k,
                       execution_id, case when task_id is null then 'bpi-' || k
                                          else 'Task_PostFollowUp:bai-' || k || '-24' end,
                       task_id, name, type, created, 0, long, text, 'CREATED'
                from v where task_id is null;
                """);
    }
}
