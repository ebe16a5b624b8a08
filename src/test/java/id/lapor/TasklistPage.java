package id.lapor;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Camunda Tasklist as a person uses it, for the browser tests: log in, open a filter and a task, claim it, fill in
 * the Camunda Form (form-js) and complete it. Every step waits (through {@link HeadlessChromium#waitUntil}) until
 * Tasklist shows its result, so that the next step finds the page it expects.
 *
 * <pre>{@code
 * TasklistPage tasklist = new TasklistPage(browser, port);
 * tasklist.logIn("verifikator");
 * tasklist.openFilter("Verifikasi laporan");
 * tasklist.openTask("Verifikasi laporan", number);
 * tasklist.claim();
 * tasklist.chooseRadio("Teruskan ke instansi (disposisi)");
 * tasklist.complete();
 * }</pre>
 *
 * <p>Every demo user has the password {@code demo}.
 */
public final class TasklistPage {

    private static final By TASK_FORM = By.cssSelector(".task-card .fjs-container");
    private static final By CLAIM = By.cssSelector("[cam-tasklist-task-meta] button.claim");
    private static final By SIGN_IN_USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");

    private final HeadlessChromium browser;
    private final int port;

    /** Tasklist of the application on {@code localhost} at this port, in this browser. */
    public TasklistPage(HeadlessChromium browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    /**
     * For {@link HeadlessChromium#screenshotHeight}: the task form's column scrolls on its own, so a screenshot makes
     * the window as tall as the form (the window's own height at the least, 6000 pixels at the most).
     */
    public static int taskFormHeight(WebDriver driver) {
        Object formHeight = ((JavascriptExecutor) driver).executeScript(
                "var f = document.querySelector('.task-card'); return f ? f.scrollHeight : 0;");
        return Math.max(driver.manage().window().getSize().getHeight(),
                Math.min(6000, ((Number) formHeight).intValue() + 400));
    }

    // --- signing in and out ---

    /** Opens Tasklist, signs in with the password {@code demo} and waits for the list of filters. */
    public void logIn(String user) {
        browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebElement username = browser.waitUntil(visibilityOfElementLocated(SIGN_IN_USERNAME));
        username.clear();
        username.sendKeys(user);
        browser.driver().findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
    }

    /** Signs out with the user menu of the header and waits for the sign-in form. */
    public void logOut() {
        browser.waitUntil(elementToBeClickable(By.xpath(
                "//a[contains(@class,'dropdown-toggle')][.//span[contains(@class,'glyphicon-user')]]"))).click();
        browser.waitUntil(elementToBeClickable(By.cssSelector("li.logout a"))).click();
        browser.waitUntil(visibilityOfElementLocated(SIGN_IN_USERNAME));
    }

    // --- filters and tasks ---

    /** Opens the filter with this name and waits until Tasklist marks it active (its task list is then loading). */
    public void openFilter(String name) {
        By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a[normalize-space(text())="
                + literal(name) + "]]");
        browser.waitUntil(elementToBeClickable(filter)).click();
        browser.waitUntil(driver -> driver.findElement(filter).getAttribute("class").contains("active"));
    }

    /**
     * Opens the task with this name whose entry in the list mentions the report number, and waits until its form is
     * shown. (The list may still be loading when this is called: the wait covers that too.)
     */
    public void openTask(String name, String number) {
        By task = By.xpath("//ol[contains(@class,'tasks-list')]/li[.//h4/a[normalize-space()=" + literal(name) + "]]"
                + "[contains(normalize-space(.), " + literal(number) + ")]//h4/a");
        // the list may be longer than the window: scrolled into the middle, away from Tasklist's fixed footer
        clickInTheMiddle(browser.waitUntil(elementToBeClickable(task)));
        browser.waitUntil(visibilityOfElementLocated(TASK_FORM));
    }

    /** Opens a task by its id, as a link from a notification or a staff page does, and waits until its form is shown. */
    public void openTaskById(String taskId) {
        browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.waitUntil(visibilityOfElementLocated(TASK_FORM));
    }

    /**
     * Claims the open task with the header's Claim button, and waits until Tasklist has taken the claim in: the
     * button is gone, the header shows the assignee, the form is no longer disabled and Complete is enabled. (Only
     * then does the engine know the user as the assignee, and only then can the form be filled in.)
     */
    public void claim() {
        browser.waitUntil(elementToBeClickable(CLAIM)).click();
        browser.waitUntil(invisibilityOfElementLocated(CLAIM));
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta] li.assignee")));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".disabled-form")).isEmpty());
        browser.waitUntil(driver -> completeButton().isEnabled());
    }

    private WebElement completeButton() {
        return browser.driver().findElement(By.cssSelector(".task-card .form-actions button.btn-primary"));
    }

    /**
     * Clicks Complete at the bottom of the form as a person does: scrolled into the middle of the task column and
     * clicked once it has stopped moving where it is visible. (The column scrolls underneath Tasklist's fixed footer,
     * ChromeDriver's own scroll-into-view can leave the button behind that footer, and form-js re-renders a text
     * area shortly after typing, which shifts the column.) Does not wait for anything after the click: a refused
     * completion leaves the form open, see {@link #complete()} for the one that goes through.
     */
    public void clickComplete() {
        WebElement button = browser.waitUntil(driver -> completeButton().isEnabled() ? completeButton() : null);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object[] lastPosition = {null};
        browser.waitUntil(driver -> {
            Object position = js.executeScript("arguments[0].scrollIntoView({block: 'center'});"
                    + "var r = arguments[0].getBoundingClientRect();"
                    + "var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + "return hit !== null && arguments[0].contains(hit) ? r.left + ',' + r.top : null;", button);
            boolean steady = position != null && position.equals(lastPosition[0]);
            lastPosition[0] = position;
            return steady;
        });
        new Actions(browser.driver()).moveToElement(button).click().perform();
    }

    /** {@link #clickComplete() Clicks Complete} and waits until the task's form is gone (the task is completed). */
    public void complete() {
        clickComplete();
        browser.waitUntil(invisibilityOfElementLocated(TASK_FORM));
    }

    // --- the Camunda Form (form-js), of a task or of a start form ---

    /** XPath of the visible form-js field with this label (the label without the required asterisk). */
    public static String field(String label) {
        return "//div[contains(@class,'fjs-form-field')][./label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(translate(., '*', ''))=" + literal(label) + "]]";
    }

    /**
     * The input or textarea that a form-js label (without the required asterisk) points at. The label need not be
     * the field's direct child (a date field nests it); the labels of radio options, which have the input inside,
     * and of radio groups, which point at nothing, are passed over.
     */
    public WebElement input(String label) {
        WebElement labelElement = browser.waitUntil(visibilityOfElementLocated(By.xpath(
                "//label[contains(@class,'fjs-form-field-label')][@for][not(.//input)]"
                        + "[normalize-space(translate(., '*', ''))=" + literal(label) + "]")));
        return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
    }

    /** Chooses the radio option with this label (clicked in the middle of the column) and waits until it is selected. */
    public void chooseRadio(String optionLabel) {
        WebElement label = browser.waitUntil(elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()=" + literal(optionLabel) + "]")));
        clickInTheMiddle(label);
        WebElement radio = browser.driver().findElement(By.id(label.getAttribute("for")));
        browser.waitUntil(driver -> radio.isSelected());
    }

    /**
     * Opens a form-js select (not searchable), picks the option and waits until the select shows it. Each step is
     * tried again until the select shows the option: while form-js is still rendering a start form, a click opens
     * nothing, and a form rendered once more forgets a choice already made (both seen in CI on a busy machine).
     */
    public void choose(String label, String option) {
        By fieldLocator = By.xpath(field(label));
        browser.waitUntil(visibilityOfElementLocated(fieldLocator));
        browser.waitUntil(driver -> {
            try {
                WebElement field = driver.findElement(fieldLocator);
                boolean open = !field.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty();
                if (field.findElement(By.cssSelector(".fjs-select-display")).getText().contains(option)) {
                    if (open) {
                        // opened again before the choice showed: a click beside the list closes it (Escape would close
                        // a start form's dialog)
                        field.findElement(By.cssSelector(".fjs-select-display")).click();
                        return false;
                    }
                    return true;
                }
                if (!open) {
                    field.findElement(By.cssSelector(".fjs-input-group")).click();
                    return false; // the list opens by the next look
                }
                List<WebElement> items = field.findElements(By.xpath(
                        ".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + literal(option) + "]"));
                if (!items.isEmpty()) {
                    new Actions(driver).moveToElement(items.get(0)).click().perform();
                }
                return false; // the choice shows by the next look, or is made again
            } catch (StaleElementReferenceException e) {
                return false; // rendered again meanwhile
            }
        });
    }

    /** The text a form-js select shows for its current value (searchable or not). */
    public String selectedOption(String label) {
        WebElement field = browser.waitUntil(visibilityOfElementLocated(By.xpath(field(label))));
        List<WebElement> searchInput = field.findElements(By.cssSelector("input.fjs-input"));
        if (!searchInput.isEmpty()) {
            return searchInput.get(0).getAttribute("value");
        }
        return field.findElement(By.cssSelector(".fjs-select-display")).getText();
    }

    /** Scrolls an element into the middle of its column (away from Tasklist's fixed footer) and clicks it. */
    public void clickInTheMiddle(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        browser.waitUntil(elementToBeClickable(element));
        new Actions(browser.driver()).moveToElement(element).click().perform();
    }

    /** The text as an XPath string literal (in double quotes if it holds an apostrophe). */
    public static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
