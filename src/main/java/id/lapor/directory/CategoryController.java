package id.lapor.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data")
class CategoryController {

    record CategoryView(String code, String name, String parentCode) {
    }

    private final CategoryRepository categories;

    CategoryController(CategoryRepository categories) {
        this.categories = categories;
    }

    @GetMapping("/api/categories")
    @Operation(operationId = "listCategories", summary = "The two-level category tree a report is filed under",
            description = "Kategori dua tingkat; `categoryCode` laporan memakai kode tingkat kedua (mis. "
                    + "`INFRASTRUKTUR_JALAN`), `parentCode` menunjuk tingkat pertama. / The two-level category tree: a "
                    + "report's `categoryCode` is a second-level code (e.g. `INFRASTRUKTUR_JALAN`); `parentCode` names "
                    + "its first level.")
    List<CategoryView> categories() {
        return categories.findAllByOrderByCode().stream()
                .map(c -> new CategoryView(c.getCode(), c.getName(), c.getParent() == null ? null : c.getParent().getCode()))
                .toList();
    }
}
