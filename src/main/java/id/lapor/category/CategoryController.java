package id.lapor.category;

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
    @Operation(summary = "The two-level category tree a report is filed under")
    List<CategoryView> categories() {
        return categories.findAllByOrderByCode().stream()
                .map(c -> new CategoryView(c.getCode(), c.getName(), c.getParent() == null ? null : c.getParent().getCode()))
                .toList();
    }
}
