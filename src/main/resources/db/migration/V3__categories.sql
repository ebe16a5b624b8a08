-- A two-level category tree for public-service reports.
insert into category (code, name) values
('INFRASTRUKTUR', 'Infrastruktur'),
('KESEHATAN', 'Kesehatan'),
('PENDIDIKAN', 'Pendidikan'),
('ADMINDUK', 'Administrasi kependudukan'),
('LAINNYA', 'Lainnya');
insert into category (code, name, parent_id) values
('INFRASTRUKTUR_JALAN', 'Jalan dan jembatan rusak', (select id from category where code = 'INFRASTRUKTUR')),
('INFRASTRUKTUR_DRAINASE', 'Drainase dan banjir', (select id from category where code = 'INFRASTRUKTUR')),
('INFRASTRUKTUR_PJU', 'Penerangan jalan umum', (select id from category where code = 'INFRASTRUKTUR')),
('KESEHATAN_PUSKESMAS', 'Pelayanan puskesmas', (select id from category where code = 'KESEHATAN')),
('KESEHATAN_BPJS', 'Jaminan kesehatan (BPJS)', (select id from category where code = 'KESEHATAN')),
('PENDIDIKAN_PPDB', 'Penerimaan peserta didik baru', (select id from category where code = 'PENDIDIKAN')),
('PENDIDIKAN_PUNGLI', 'Pungutan di sekolah', (select id from category where code = 'PENDIDIKAN')),
('ADMINDUK_KTP', 'KTP elektronik', (select id from category where code = 'ADMINDUK')),
('ADMINDUK_AKTA', 'Akta kelahiran dan kartu keluarga', (select id from category where code = 'ADMINDUK')),
('LAINNYA_UMUM', 'Pelayanan publik lainnya', (select id from category where code = 'LAINNYA'));
