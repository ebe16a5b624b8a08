package id.lapor.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Reports as citizens write them, varied enough that the duplicate search works as in production: a few dozen kinds
 * of complaint in the demo categories, about many streets and places of Kota Bontang, each with its own details.
 */
final class ReportTexts {

    private record Kind(String category, String agency, String title, String description) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("INFRASTRUKTUR_JALAN", "bontang-dpupr", "Jalan berlubang di %s",
                    "Lubang besar di %s sudah %d minggu tidak diperbaiki, pengendara motor sering terjatuh saat hujan."),
            new Kind("INFRASTRUKTUR_JALAN", "bontang-dpupr", "Aspal %s rusak parah",
                    "Aspal di %s mengelupas sepanjang kurang lebih %d meter dan membahayakan anak sekolah."),
            new Kind("INFRASTRUKTUR_PJU", "bontang-dpupr", "Lampu penerangan jalan padam di %s",
                    "Lampu jalan di %s padam sejak %d hari, jalan gelap dan warga takut melintas malam hari."),
            new Kind("INFRASTRUKTUR_DRAINASE", "bontang-dpupr", "Saluran air tersumbat di %s",
                    "Drainase di %s tersumbat sampah, setiap hujan air meluap ke rumah warga setinggi %d sentimeter."),
            new Kind("KESEHATAN_PUSKESMAS", "bontang-dinkes", "Antrean sangat lama di puskesmas dekat %s",
                    "Pasien di puskesmas dekat %s menunggu lebih dari %d jam, loket pendaftaran hanya dibuka satu."),
            new Kind("KESEHATAN_BPJS", "bontang-dinkes", "Pasien BPJS ditolak rumah sakit di %s",
                    "Keluarga kami ditolak di rumah sakit sekitar %s dengan alasan kamar penuh, padahal menunggu %d jam."),
            new Kind("PENDIDIKAN_PPDB", "bontang-disdikbud", "Pendaftaran sekolah online gagal untuk warga %s",
                    "Situs PPDB selalu gagal saat mengunggah berkas, anak kami dari %s belum terdaftar setelah %d hari."),
            new Kind("PENDIDIKAN_PUNGLI", "bontang-disdikbud", "Pungutan seragam di sekolah dekat %s",
                    "Sekolah dekat %s meminta uang seragam Rp %d ribu tanpa kuitansi, orang tua keberatan."),
            new Kind("ADMINDUK_KTP", "bontang-disdukcapil", "KTP elektronik belum jadi, warga %s",
                    "Saya merekam KTP elektronik dan tinggal di %s, sudah %d bulan belum dicetak karena blangko habis."),
            new Kind("ADMINDUK_AKTA", "bontang-disdukcapil", "Akta kelahiran lama diproses, warga %s",
                    "Pengurusan akta kelahiran anak kami di %s sudah %d minggu belum selesai tanpa kejelasan."));

    private static final List<String> PLACES = List.of("Jl. Ahmad Yani", "Jl. MT Haryono", "Jl. Pattimura",
            "Jl. Bhayangkara", "Jl. Jenderal Sudirman", "Jl. Letjend S. Parman", "Jl. Imam Bonjol", "Jl. KS Tubun",
            "Jl. Brigjend Katamso", "Jl. Cipto Mangunkusumo", "Jl. Mulawarman", "Jl. Awang Long", "Jl. Pupuk Raya",
            "Jl. Poros Bontang-Samarinda", "Jl. Soekarno Hatta", "Jl. Gajah Mada", "Jl. Slamet Riyadi", "Jl. Urip Sumoharjo",
            "Pasar Tamrin", "Pasar Rawa Indah", "Tanjung Laut", "Loktuan", "Berbas Pantai", "Api-api", "Gunung Elai",
            "Satimpo", "Bontang Kuala", "Guntung", "Gunung Telihan", "Kanaan", "Belimbing", "Telihan", "Bontang Baru",
            "Lok Tuan", "Berebas Tengah", "Sidrap", "perumahan BSD", "kompleks PKT", "Bukit Sekatup Damai", "Tanjung Limau");

    private ReportTexts() {
    }

    /** The JSON body of {@code POST /api/reports} for report number {@code n} of a run (deterministic per seed). */
    static String report(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        Kind kind = KINDS.get(random.nextInt(KINDS.size()));
        String place = PLACES.get(random.nextInt(PLACES.size())) + (random.nextBoolean() ? " RT " + (1 + random.nextInt(40)) : "");
        int amount = 2 + random.nextInt(60);
        boolean anonymous = random.nextInt(10) == 0;
        String reporter = anonymous ? "" : """
                ,"reporter":{"name":"Warga %d","email":"warga%d@example.com"}""".formatted(n, n);
        return """
                {"type":"ADUAN","title":"%s","description":"%s","incidentDate":"2026-11-20","regionCode":"64.74",
                 "address":"%s, Bontang","categoryCode":"%s","targetAgencyCode":"%s","anonymous":%s%s}"""
                .formatted(kind.title().formatted(place), kind.description().formatted(place, amount), place,
                        kind.category(), kind.agency(), anonymous, reporter);
    }
}
