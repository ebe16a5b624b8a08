package id.lapor.information;

/** The exemptions of Pasal 17 UU 14/2008, huruf a–j: a refusal must cite one of them. */
public enum ExemptionArticle {
    PASAL_17_A("a", "menghambat proses penegakan hukum"),
    PASAL_17_B("b", "mengganggu perlindungan HKI dan persaingan usaha tidak sehat"),
    PASAL_17_C("c", "membahayakan pertahanan dan keamanan negara"),
    PASAL_17_D("d", "mengungkapkan kekayaan alam Indonesia"),
    PASAL_17_E("e", "merugikan ketahanan ekonomi nasional"),
    PASAL_17_F("f", "merugikan kepentingan hubungan luar negeri"),
    PASAL_17_G("g", "mengungkapkan isi akta otentik yang pribadi dan wasiat"),
    PASAL_17_H("h", "mengungkap rahasia pribadi"),
    PASAL_17_I("i", "memorandum atau surat antar/intra badan publik yang dirahasiakan"),
    PASAL_17_J("j", "informasi yang tidak boleh diungkapkan berdasarkan undang-undang");

    private final String letter;
    private final String subject;

    ExemptionArticle(String letter, String subject) {
        this.letter = letter;
        this.subject = subject;
    }

    /** "Pasal 17 huruf h UU 14/2008": the legal citation, the same in every language. */
    public String citation() {
        return "Pasal 17 huruf " + letter + " UU 14/2008";
    }

    /** What the exemption protects, as the form's option label shows it. */
    public String subject() {
        return subject;
    }
}
