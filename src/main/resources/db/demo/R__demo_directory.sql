-- Demo directory (only in demo mode): Kota Bontang with its Diskominfo as verifier and four OPDs, the province of
-- Kalimantan Timur, one ministry and the national administrator. Bontang and Kaltim are in WITA (Asia/Makassar).
insert into region (code, name, parent_code) values
('64', 'Kalimantan Timur', null),
('64.74', 'Kota Bontang', '64'),
('64.72', 'Kota Samarinda', '64')
on conflict (code) do nothing;

insert into agency (code, name, level, parent_id, region_code, time_zone) values
('prov-kaltim', 'Pemerintah Provinsi Kalimantan Timur', 'PEMERINTAH_PROVINSI', (select id from agency where code = 'nasional'), '64', 'Asia/Makassar'),
('kemen-pu', 'Kementerian Pekerjaan Umum', 'KEMENTERIAN', (select id from agency where code = 'nasional'), null, 'Asia/Jakarta')
on conflict (code) do nothing;
insert into agency (code, name, level, parent_id, region_code, time_zone) values
('kota-bontang', 'Pemerintah Kota Bontang', 'PEMERINTAH_KABUPATEN_KOTA', (select id from agency where code = 'prov-kaltim'), '64.74', 'Asia/Makassar'),
('kaltim-dpupr', 'Dinas PUPR-PERA Provinsi Kalimantan Timur', 'UNIT', (select id from agency where code = 'prov-kaltim'), '64', 'Asia/Makassar'),
('kemen-pu-bina-marga', 'Direktorat Jenderal Bina Marga', 'UNIT', (select id from agency where code = 'kemen-pu'), null, 'Asia/Jakarta')
on conflict (code) do nothing;
insert into agency (code, name, level, parent_id, region_code, time_zone) values
('bontang-diskominfo', 'Dinas Komunikasi dan Informatika Kota Bontang', 'UNIT', (select id from agency where code = 'kota-bontang'), '64.74', 'Asia/Makassar'),
('bontang-dpupr', 'Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang', 'UNIT', (select id from agency where code = 'kota-bontang'), '64.74', 'Asia/Makassar'),
('bontang-dinkes', 'Dinas Kesehatan Kota Bontang', 'UNIT', (select id from agency where code = 'kota-bontang'), '64.74', 'Asia/Makassar'),
('bontang-disdikbud', 'Dinas Pendidikan dan Kebudayaan Kota Bontang', 'UNIT', (select id from agency where code = 'kota-bontang'), '64.74', 'Asia/Makassar'),
('bontang-disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil Kota Bontang', 'UNIT', (select id from agency where code = 'kota-bontang'), '64.74', 'Asia/Makassar')
on conflict (code) do nothing;
