package id.lapor.duplicate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The portal's follow form: an email address and/or a phone number; messages are keys of {@code i18n/duplicates}. */
public class FollowForm {

    @Email(message = "{follow.error.email}")
    @Size(max = 200, message = "{follow.error.email}")
    private String email;

    @Pattern(regexp = "|\\+?[0-9 -]{8,20}", message = "{follow.error.phone}")
    private String phone;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? null : email.trim(); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone == null ? null : phone.trim(); }

    boolean hasContact() {
        return email != null && !email.isBlank() || phone != null && !phone.isBlank();
    }
}
